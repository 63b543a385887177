/** Measures later passes and Readability's settings depend on, taken at fixed points of the pass table. */
import { cjkRatio, visibleChars } from '../../dom/blocks';
import type { BodyContext, Pass } from '../context';

/** Once chrome is gone, before the post list is cut: what "nearly all the page" means to the article check. */
export const pageChars: Pass<BodyContext> = {
  name: 'page-chars',
  fixture: 'en-short-list-article',
  run: (ctx) => void (ctx.pageChars = visibleChars(ctx.body)),
};

/** CJK text carries several times more meaning per character; Readability's 500-char default drops short notices. */
export const cjkText: Pass<BodyContext> = {
  name: 'cjk',
  fixture: 'zh-short-notice',
  run: (ctx) => void (ctx.cjk = cjkRatio((ctx.body.textContent ?? '').slice(0, 20_000)) > 0.3),
};
