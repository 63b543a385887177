/** citeproc-js with the fixture styles and locales (tests/fixtures/csl), as the extension loads its bundled copies. */
import { readFileSync } from 'node:fs';
import CSL from 'citeproc';
import type { CiteAssets } from '../../utils/cite/render';

const read = (name: string) => readFileSync(new URL(`../fixtures/csl/${name}`, import.meta.url), 'utf8');

export const citeAssets: CiteAssets = {
  CSL: CSL as unknown as CiteAssets['CSL'],
  styles: { gb7714: read('gb7714.csl'), apa: read('apa.csl') },
  locales: { 'zh-CN': read('locales-zh-CN.xml'), 'en-US': read('locales-en-US.xml') },
};
