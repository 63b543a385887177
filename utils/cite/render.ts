/**
 * Bibliography text from CSL items with citeproc-js. Pure: the engine, the style and the locales are parameters,
 * so the extension (bundled files, lazy import) and the tests (fixture files) render the same way.
 */
import type { CslItem } from '../export/csl';

export type CiteStyle = 'gb7714' | 'apa';
export const CITE_STYLES: readonly CiteStyle[] = ['gb7714', 'apa'];

interface CiteSys {
  retrieveLocale(lang: string): string;
  retrieveItem(id: string): unknown;
}
interface CiteEngine {
  setOutputFormat(format: 'text'): void;
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]] | false;
}

/** What citeproc needs: its module, the style XML and the locale XML by language tag. */
export interface CiteAssets {
  CSL: { Engine: new (sys: CiteSys, style: string, lang?: string) => CiteEngine };
  styles: Record<CiteStyle, string>;
  locales: Record<'zh-CN' | 'en-US', string>;
}

/** GB/T 7714 is written in Chinese whatever the item; APA in English (its terms: "n.d.", "Retrieved"). */
const STYLE_LANG: Record<CiteStyle, 'zh-CN' | 'en-US'> = { gb7714: 'zh-CN', apa: 'en-US' };

/**
 * APA's en-US locale moves a period inside closing quotes (American usage), which also catches a Chinese title
 * ending in its own quotation mark (当作“指南针.”); Chinese punctuation keeps it outside (GB/T 15834).
 */
const keepCjkPunctuation = (entry: string): string => entry.replace(/(\p{Script=Han})([.,])([”’」』])/gu, '$1$3$2');

export type Renderer = (items: readonly CslItem[]) => string[];

/**
 * A renderer for one style: plain-text entries in the items' order (GB/T 7714 numbers them [1], [2], …). Building
 * the engine parses the style (APA is 85 KB of XML), so keep the renderer and call it again.
 */
export function makeRenderer(assets: CiteAssets, style: CiteStyle): Renderer {
  let byId = new Map<string, CslItem>();
  const sys: CiteSys = {
    retrieveLocale: (l) => (/^zh/i.test(l) ? assets.locales['zh-CN'] : assets.locales['en-US']),
    // citeproc may annotate the object it is given: hand it a copy
    retrieveItem: (id) => structuredClone(byId.get(id)),
  };
  const engine = new assets.CSL.Engine(sys, assets.styles[style], STYLE_LANG[style]);
  engine.setOutputFormat('text');
  return (items) => {
    byId = new Map(items.map((i) => [i.id, i]));
    engine.updateItems(items.map((i) => i.id));
    const bib = engine.makeBibliography();
    return bib ? bib[1].map((e) => keepCjkPunctuation(e.replace(/\s+/g, ' ').trim())) : [];
  };
}

export const renderBibliography = (assets: CiteAssets, style: CiteStyle, items: readonly CslItem[]): string[] =>
  makeRenderer(assets, style)(items);

/** One reference to paste: a single entry without GB/T 7714's list number ("[1] "). */
export const citationText = (render: Renderer, item: CslItem): string => (render([item])[0] ?? '').replace(/^\[\d+\]\s*/, '');

/** GB/T 7714 for a Chinese UI, APA otherwise. */
export const defaultCiteStyle = (locale: string): CiteStyle => (/^zh/i.test(locale) ? 'gb7714' : 'apa');
