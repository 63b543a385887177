/**
 * The clipping pipeline's core, shared by a clip (./index.ts) and the outline alone (./outline-only.ts): size limits →
 * passes before Readability → Readability → passes after it → article check → title → passes after the title →
 * size cap. The passes are declared in order in the tables below; each names the fixture that pins it. A pass that
 * marks the page before Readability has its restore pass after it, with the same name; their marks live in
 * utils/dom/marks. `doc` is consumed (Readability mutates it): pass `document.cloneNode(true)`, never the live page.
 */
import { blockText } from '../dom/blocks';
import { looksLikeArticle } from './article-check';
import { bodyHeadline } from './body-headline';
import { parseArticle, type ParsedArticle } from './cjk-readability';
import type { ArticleContext, BodyContext, Pass, PageContext } from './context';
import { fileBodyArticle } from './file-body-article';
import { dropLeadingTitle } from './finish';
import { printedLines } from './head/printed-lines';
import { chooseTitle } from './head/title';
import type { TitleHead } from './head/title-head';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS, DEFAULT_MAX_WORK, measurePage, whyTooLarge } from './limits';
import type { ExtractFailure, ExtractOptions } from './options';
import { abstracts } from './passes/abstract';
import { besideHeading } from './passes/beside-heading';
import { chromeAfter, chromeBefore } from './passes/chrome-cleanup';
import { commentTail } from './passes/comment-tail';
import { fileBody } from './passes/file-body';
import { headingParts } from './passes/heading-parts';
import { headingWrappers } from './passes/heading-wrappers';
import { jsLinks } from './passes/js-links';
import { linkLists } from './passes/link-blocks';
import { cjkText, pageChars } from './passes/page-stats';
import { policyMetaTables } from './passes/policy-meta-tables';
import { firstPost } from './passes/post-list';
import { numberFirst } from './passes/number-first';
import { presentation } from './passes/presentation';
import { readerOnlyHeadings } from './passes/reader-only-headings';
import { scriptRevealed } from './passes/script-revealed';
import { references } from './passes/references';
import { teaserLists } from './passes/teaser-lists';
import { titleLines } from './passes/title-lines';
import { splitSections } from './passes/split-sections';
import { trailingSections } from './passes/trailing-sections';
import { leadingSections } from './passes/leading-sections';
import { wechatFurniture } from './passes/wechat-furniture';
import { DEFAULT_MAX_CHARS, truncateArticle } from './size-cap';

/** On the page, before Readability (only when it has a body), in this order. */
export const BEFORE_READABILITY: Pass<BodyContext>[] = [
  scriptRevealed, // shown: the text a script reveals once it runs (WeChat's #js_content, visibility: hidden as served)
  fileBody, // read: the page's few file links, its article if it holds only them
  readerOnlyHeadings, // removed: headings only screen readers hear (Moodle's accesshide "Topic outline")
  titleLines.mark, // read: 引题 / 副题 beside a heading, outside what Readability keeps
  abstracts.mark, // copied: a paper's abstract in a head block above the full text
  besideHeading.mark, // marked: the block after each heading, for the heading Readability leaves beside its block
  policyMetaTables, // removed: the gov.cn metadata table, stored as fields
  chromeBefore, // removed: short chrome lines (版权声明, 上一篇, 分享到…)
  wechatFurniture, // removed: a WeChat account's follow/QR prompts and slogan lines
  headingParts, // removed: a heading's screen-reader prefix; spaced: its number part from its name
  presentation, // marked: centring and bold, which Readability drops, for the outline
  numberFirst, // moved: a provision's number its stylesheet shows before the caption (Akoma Ntoso HTML)
  headingWrappers.mark, // copied: a component's header part Readability drops by its class (…__header), its marks kept
  trailingSections.mark, // marked: headed blocks, for legislation end matter left out
  splitSections.mark, // marked: the blocks inside each headed block, for a document of sections cut to one
  references.mark, // marked: a paper's reference list block
  jsLinks.mark, // marked: javascript: links, so lists of them still look like link lists
  pageChars, // measured: the page's visible text, for the post list and the article check
  firstPost, // removed: every post but the first of a blog front page or thread view
  cjkText, // measured: a CJK page gets Readability's lower threshold
];

/** On what Readability returned, before the article check. */
export const AFTER_READABILITY: Pass<ArticleContext>[] = [
  splitSections.restore, // rebuilt: a document of headed sections of which Readability kept one section's body
  leadingSections, // moved back: an Act's opening sections before its first Part, to the start
  trailingSections.restore, // moved back: legislation end matter, to the end
  references.restore, // moved back: the one reference list left out
  abstracts.restore, // put back: the abstract, at the top
  besideHeading.restore, // put back: the heading set just before the block the article opens with
  headingWrappers.restore, // put back: each kept block's heading, dropped with its wrapper
  chromeAfter, // removed: chrome inside the blocks Readability kept
  linkLists, // removed: menus and headline lists
  teaserLists, // removed: "more stories" lists without links
  commentTail, // removed: the comment section and what follows it
  jsLinks.restore, // unmarked: javascript: links left become their text
];

/** Once the title is chosen and a leading copy of it dropped. */
export const AFTER_TITLE: Pass<ArticleContext>[] = [
  titleLines.restore, // put back: the chosen title's 引题 / 副题, at the top
];

/** The article found, titled and capped: what a clip and the outline alone are finished from. */
export interface PipelineArticle {
  ctx: ArticleContext;
  article: ParsedArticle;
  truncated: boolean;
}

/** Refuses a page over the size limits; `readHead` reads the head once the page is known not to be too large. */
export function tooLarge(doc: Document, opts: ExtractOptions): ExtractFailure | null {
  const limits = {
    maxElements: opts.maxElements ?? DEFAULT_MAX_ELEMENTS,
    maxDepth: opts.maxDepth ?? DEFAULT_MAX_DEPTH,
    maxWork: opts.maxWork ?? DEFAULT_MAX_WORK,
  };
  const why = doc.documentElement ? whyTooLarge(measurePage(doc.documentElement), limits) : null;
  return why ? { ok: false, code: 'too-large', ...why } : null;
}

/** The article mode's run from the head on: passes, Readability, the check, the title and the size cap. */
export function runPipeline(doc: Document, head: TitleHead, opts: ExtractOptions): PipelineArticle | ExtractFailure {
  const page: PageContext = {
    doc,
    body: doc.body,
    url: head.url,
    head,
    mode: opts.mode,
    titleLines: [],
    abstracts: [],
    besideHeadings: [],
    wrappedHeadings: [],
    pageChars: 0,
    firstPost: { leftOut: 0, title: '' },
    cjk: false,
    files: [],
  };
  if (page.body) for (const pass of BEFORE_READABILITY) pass.run(page as BodyContext);
  const found = readArticle(page);
  if (!found) return noArticle();
  const { article, ctx, filesOnly } = found;
  const { inner, content } = ctx;
  // a file's printed name is not a headline: the page's head names the notice
  const bodyText = filesOnly ? () => '' : () => printedLines(blockText(inner));
  const title =
    ctx.firstPost.title ||
    chooseTitle({
      ...head.titleInputs,
      readabilityTitle: article.title ?? '',
      bodyHeadline: () => (filesOnly ? '' : bodyHeadline(inner)),
      fullTexts: () => [head.description, ...(head.titleInputs.headlines ?? []), bodyText()],
    });
  dropLeadingTitle(content, title);
  ctx.title = title;
  for (const pass of AFTER_TITLE) pass.run(ctx);
  const truncated = truncateArticle(inner, opts.maxChars ?? DEFAULT_MAX_CHARS);
  return { ctx, article, truncated };
}

/** Readability's article after the clean-up passes, or else the page's file links when they are all it holds. */
function readArticle(page: PageContext): { article: ParsedArticle; ctx: ArticleContext; filesOnly?: boolean } | null {
  const article = parseArticle(page.doc, page.cjk);
  const content = article?.content as unknown as Element | undefined;
  if (article && content) {
    const inner = content.firstElementChild?.id?.startsWith('readability-page') ? content.firstElementChild : content;
    const ctx: ArticleContext = { ...page, content, inner, title: '' };
    for (const pass of AFTER_READABILITY) pass.run(ctx);
    if (looksLikeArticle(content, ctx.cjk, ctx.pageChars)) return { article, ctx };
  }
  if (!page.files.length) return null;
  const { article: fileArticle, content: files } = fileBodyArticle(page.doc, page.files);
  return { article: fileArticle, ctx: { ...page, content: files, inner: files, title: '' }, filesOnly: true };
}

function noArticle(): ExtractFailure {
  return {
    ok: false,
    code: 'no-article',
    key: 'page.error.noArticle',
    message: 'No article was found on this page (it may be a list, a search page or an app). You can clip its whole visible text instead.',
  };
}
