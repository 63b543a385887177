/**
 * The extension's citation renderer: citeproc-js and the bundled styles load on the first call (dynamic imports),
 * so the popup's first render does not pay for ~1 MB of engine and XML.
 */
import type { Clip } from '../model';
import { toCslItem } from '../export/csl';
import { citationText, makeRenderer, type CiteAssets, type CiteStyle, type Renderer } from './render';

let assets: Promise<CiteAssets> | undefined;
const renderers = new Map<CiteStyle, Renderer>();

function loadAssets(): Promise<CiteAssets> {
  assets ??= Promise.all([
    import('citeproc'),
    import('./styles/gb7714.csl?raw'),
    import('./styles/apa.csl?raw'),
    import('./styles/locales-zh-CN.xml?raw'),
    import('./styles/locales-en-US.xml?raw'),
  ]).then(([csl, gb, apa, zh, en]) => ({
    CSL: csl.default as unknown as CiteAssets['CSL'],
    styles: { gb7714: gb.default, apa: apa.default },
    locales: { 'zh-CN': zh.default, 'en-US': en.default },
  }));
  // a failed chunk load may succeed on the next click
  assets.catch(() => (assets = undefined));
  return assets;
}

/** The clip's reference in the given style, as plain text. */
export async function citeClip(clip: Clip, style: CiteStyle): Promise<string> {
  const a = await loadAssets();
  let render = renderers.get(style);
  if (!render) renderers.set(style, (render = makeRenderer(a, style)));
  return citationText(render, toCslItem(clip));
}
