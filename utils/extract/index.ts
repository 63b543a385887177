/**
 * The clipping pipeline, shared by the injected script, the CLI, the evaluation and the tests:
 * metadata → chrome clean-up → Readability → clean-up again → text, outline, sanitised html.
 * `doc` is consumed (Readability mutates it): pass `document.cloneNode(true)`, never the live page.
 */
import type { ClipMode, ExtractedPage } from '../types';
import { looksLikeArticle, visibleChars } from './article-check';
import { removeChrome } from './chrome-cleanup';
import { removeLinkLists } from './link-blocks';
import { removeTeaserLists } from './teaser-lists';
import { trimCommentTail } from './comment-tail';
import { toIsoDateTime } from './dates';
import { blockText, cjkRatio, isBlockTag, squash } from './text';
import { CjkReadability } from './cjk-readability';
import { readTitleLines, restoreTitleLines } from './title-lines';
import { markReferences, reattachReferences } from './references';
import { findAbstracts, restoreAbstracts } from './abstract';
import { holdJsLinks, releaseJsLinks } from './js-links';
import { keepFirstPost } from './post-list';
import { chooseTitle } from './title';
import { markPresentation } from './presentation';
import { numberHeadedBlocks, reattachTrailingSections } from './trailing-sections';
import { isPolicyMetaTable } from './policy';
import { readHead } from './page-head';
import { fullTextPage, makeExcerpt } from './full-text';
import { buildOutline } from '../outline';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS, DEFAULT_MAX_WORK, measurePage, whyTooLarge } from './limits';
import { DEFAULT_MAX_CHARS, truncateArticle } from './size-cap';

export interface ExtractOptions {
  /** 'allposts' keeps every post of a blog front page or thread view, not only the first (see ./post-list). */
  mode?: ClipMode;
  /** Pages with more elements than this are not run through Readability (it would take seconds). */
  maxElements?: number;
  /** Pages nested deeper than this are not run through Readability either (see ./limits). */
  maxDepth?: number;
  /** Nor pages whose elements' depths sum to more than this (see ./limits). */
  maxWork?: number;
  /** Text kept at most; the rest of a longer article is cut off and the page marked truncated (see ./size-cap). */
  maxChars?: number;
  /** Sanitises the article element in place before it is serialised; omitted only by callers that sanitise later. */
  sanitize?: (root: Element) => void;
}

export type ExtractOutcome =
  | { ok: true; page: ExtractedPage }
  | { ok: false; code: 'no-article' | 'too-large'; message: string };

export { DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS, DEFAULT_MAX_WORK } from './limits';
export { DEFAULT_MAX_CHARS } from './size-cap';

export function extractArticle(doc: Document, url: string, opts: ExtractOptions = {}): ExtractOutcome {
  const mode = opts.mode === 'fulltext' ? 'fulltext' : 'article';
  const limits = { maxElements: opts.maxElements ?? DEFAULT_MAX_ELEMENTS, maxDepth: opts.maxDepth ?? DEFAULT_MAX_DEPTH, maxWork: opts.maxWork ?? DEFAULT_MAX_WORK };
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const tooLarge = mode === 'article' && doc.documentElement ? whyTooLarge(measurePage(doc.documentElement), limits) : null;
  if (tooLarge) return { ok: false, code: 'too-large', message: tooLarge };
  const head = readHead(doc, url);
  if (mode === 'fulltext') return { ok: true, page: fullTextPage(doc, head, maxChars) };

  const titleLines = doc.body ? readTitleLines(doc.body) : [];
  const abstracts = doc.body ? findAbstracts(doc.body) : [];
  if (doc.body) {
    // The gov.cn metadata table is stored as fields, not as article text.
    for (const el of Array.from(doc.body.querySelectorAll('table, ul, ol, dl'))) if (el.isConnected && isPolicyMetaTable(el)) el.remove();
    removeChrome(doc.body);
    markPresentation(doc.body);
    numberHeadedBlocks(doc.body);
    markReferences(doc.body);
    holdJsLinks(doc.body);
  }
  const pageChars = doc.body ? visibleChars(doc.body) : 0;
  const firstPost = doc.body && opts.mode !== 'allposts' ? keepFirstPost(doc.body, pageChars) : { leftOut: 0, title: '' };
  const cjk = cjkRatio((doc.body?.textContent ?? '').slice(0, 20_000)) > 0.3;
  // CJK text carries several times more meaning per character; Readability's 500-char default drops short notices.
  const article = new CjkReadability(doc, {
    charThreshold: cjk ? 100 : 500,
    keepClasses: false,
    serializer: (el: Node) => el as unknown as string,
  }).parse();
  const content = article?.content as unknown as Element | undefined;
  if (!article || !content) return noArticle();
  const inner = content.firstElementChild?.id?.startsWith('readability-page') ? content.firstElementChild : content;
  reattachTrailingSections(content, inner, doc);
  reattachReferences(content, inner, doc);
  restoreAbstracts(inner, abstracts, doc.baseURI);
  removeChrome(content);
  removeLinkLists(content);
  removeTeaserLists(content);
  trimCommentTail(content);
  releaseJsLinks(content);
  if (!looksLikeArticle(content, cjk, pageChars)) return noArticle();
  const title = firstPost.title || chooseTitle({ ...head.titleInputs, readabilityTitle: article.title ?? '' });
  dropLeadingTitle(content, title);
  restoreTitleLines(inner, title, titleLines);
  const truncated = truncateArticle(inner, maxChars);
  const text = blockText(content);
  const outline = safeOutline(inner, title);
  opts.sanitize?.(inner);
  const html = inner.innerHTML;
  return {
    ok: true,
    page: {
      url,
      canonicalUrl: head.canonicalUrl,
      title: title || head.hostname,
      byline: squash(article.byline ?? '') || head.info.author,
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
      postsLeftOut: firstPost.leftOut,
    },
  };
}

/** The title is stored apart; a first block that only repeats it would show twice and pollute the outline. */
function dropLeadingTitle(content: Element, title: string): void {
  if (!title) return;
  const walker = content.ownerDocument.createTreeWalker(content, 1 /* SHOW_ELEMENT */);
  for (let n = walker.nextNode() as Element | null, i = 0; n && i < 8; n = walker.nextNode() as Element | null, i++) {
    const t = squash(n.textContent ?? '');
    if (!t) continue;
    // A block (table, p > span) that holds only the title goes whole; not one with an image, nor a <b> in a sentence.
    if (t === title) {
      const inSentence = !isBlockTag(n.tagName) && Array.from(n.parentNode?.childNodes ?? []).some((c) => c.nodeType === 3 && c.nodeValue?.trim());
      if (!inSentence && !n.querySelector('img, picture, video')) n.remove();
      return;
    }
    if (t.length < title.length || n.children.length === 0) return;
  }
}

/** The outline is a bonus: a page it cannot handle is still clipped, without one. */
function safeOutline(root: Element, docTitle: string) {
  try {
    return buildOutline(root, { docTitle });
  } catch {
    return [];
  }
}

function noArticle(): ExtractOutcome {
  return {
    ok: false,
    code: 'no-article',
    message: 'No article was found on this page (it may be a list, a search page or an app). You can clip its whole visible text instead.',
  };
}
