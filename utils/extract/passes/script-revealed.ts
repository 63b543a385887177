/**
 * Some pages show their text only once a script has laid it out: WeChat's `#js_content` is served with
 * `style="visibility: hidden"`, anti-flicker snippets hide the body with `opacity: 0`. Saved as served, or with its
 * scripts blocked, such a page is all hidden, and Readability skips hidden nodes: "no article". A block hidden by its
 * own inline style that holds nearly all of the page's text (nine tenths: the page shows nothing else to read) is the
 * text waiting for its script, and is shown. One beside a visible text of its own stays hidden, as Readability has it
 * (its visibility-hidden test page: half the text hidden).
 */
import { blockText } from '../../dom/blocks';
import type { BodyContext, Pass } from '../context';

const HIDDEN = /visibility\s*:\s*hidden\s*;?|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)/gi;
// (global, for replace; IS_HIDDEN tests without the lastIndex a global regex keeps between calls)
const IS_HIDDEN = new RegExp(HIDDEN.source, 'i');
const MIN_CHARS = 200;
const SHARE = 0.9;
const size = (t: string) => t.replace(/\s+/g, '').length;

export function revealScriptHidden(body: Element): void {
  const hidden = Array.from(body.querySelectorAll('[style*="visibility" i], [style*="opacity" i]')).filter((el) =>
    IS_HIDDEN.test(el.getAttribute('style') ?? ''),
  );
  if (!hidden.length) return;
  // the page's printed text (scripts and styles left out: a WeChat page's inline scripts outweigh its article)
  const total = size(blockText(body));
  for (const el of hidden) {
    const own = size(blockText(el));
    if (own >= MIN_CHARS && own >= total * SHARE) el.setAttribute('style', (el.getAttribute('style') ?? '').replace(HIDDEN, ''));
  }
}

export const scriptRevealed: Pass<BodyContext> = {
  name: 'scriptRevealed',
  fixture: 'zh-wechat-hidden-until-script',
  run: (ctx) => revealScriptHidden(ctx.body),
};
