/**
 * The outline alone, for the popup's preview of a page not clipped (entrypoints/outline.ts): the same core as a clip
 * (./pipeline.ts), so the outline and title are the ones a clip of the page stores, without what only a stored clip
 * needs — policy metadata, dates and bylines, the article's text, unmarking, sanitising and serialising. On a big
 * law that is over a third of a clip's read. Imports nothing a clip alone needs, so its script stays small.
 */
import { safeOutline } from './finish';
import { readSiteName } from './head/meta';
import { readTitleHead } from './head/title-head';
import type { ExtractOptions, OutlineOutcome } from './options';
import { runPipeline, tooLarge } from './pipeline';

/** `opts.mode` and `opts.sanitize` are ignored: this is the article mode's outline, and nothing is serialised. */
export function extractOutline(doc: Document, url: string, opts: Omit<ExtractOptions, 'mode' | 'sanitize'> = {}): OutlineOutcome {
  const refused = tooLarge(doc, opts);
  if (refused) return refused;
  const head = readTitleHead(doc, url, readSiteName(doc));
  const run = runPipeline(doc, head, { ...opts, mode: 'article' });
  if ('ok' in run) return run;
  const { inner, title } = run.ctx;
  return { ok: true, outline: safeOutline(inner, title), title: title || head.hostname };
}
