/**
 * The clipping pipeline, shared by the injected script, the CLI, the evaluation and the tests:
 * metadata → the core (./pipeline.ts: passes, Readability, checks, title) → text, outline, sanitised html.
 * `doc` is consumed (Readability mutates it): pass `document.cloneNode(true)`, never the live page.
 */
import { blockText, squash } from '../dom/blocks';
import { stripMarks } from '../dom/marks';
import { safeOutline } from './finish';
import { fullTextPage, makeExcerpt } from './full-text';
import { toIsoDateTime } from './head/dates';
import { readHead } from './head/page-head';
import { asByline, notSource } from './head/meta';
import { textByline } from './head/byline-text';
import type { ExtractOptions, ExtractOutcome } from './options';
import { runPipeline, tooLarge } from './pipeline';
import { DEFAULT_MAX_CHARS } from './size-cap';

export type { ExtractFailure, ExtractOptions, ExtractOutcome, OutlineOutcome } from './options';
export { AFTER_READABILITY, AFTER_TITLE, BEFORE_READABILITY } from './pipeline';
export { extractOutline } from './outline-only';
export { DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS, DEFAULT_MAX_WORK } from './limits';
export { DEFAULT_MAX_CHARS } from './size-cap';

export function extractArticle(doc: Document, url: string, opts: ExtractOptions = {}): ExtractOutcome {
  const mode = opts.mode === 'fulltext' ? 'fulltext' : 'article';
  const refused = mode === 'article' ? tooLarge(doc, opts) : null;
  if (refused) return refused;
  const head = readHead(doc, url);
  if (mode === 'fulltext') return { ok: true, page: fullTextPage(doc, head, opts.maxChars ?? DEFAULT_MAX_CHARS) };

  const run = runPipeline(doc, head, opts);
  if ('ok' in run) return run;
  const { ctx, article, truncated } = run;
  const { content, inner, title } = ctx;
  const text = blockText(content);
  const outline = safeOutline(inner, title);
  // The outline has read the marks; the stored article carries none, whatever the caller's sanitiser keeps.
  stripMarks(inner);
  opts.sanitize?.(inner);
  const html = inner.innerHTML;
  const cjk = ctx.cjk;
  return {
    ok: true,
    page: {
      url,
      canonicalUrl: head.canonicalUrl,
      title: title || head.hostname,
      byline:
        notSource(asByline(article.byline), [head.info.source, head.info.siteName, head.info.unprintedAuthor]) ||
        head.info.author ||
        textByline(text),
      siteName: head.info.siteName || squash(article.siteName ?? '') || head.hostname,
      lang: head.info.lang || article.lang || (cjk ? 'zh' : ''),
      publishedTime: head.info.publishedTime || toIsoDateTime(article.publishedTime) || head.policy.publishDate,
      excerpt: makeExcerpt(head.description, text),
      policy: head.policy,
      outline,
      html,
      text,
      mode,
      truncated,
      postsLeftOut: ctx.firstPost.leftOut,
    },
  };
}
