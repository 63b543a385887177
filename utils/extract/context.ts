/** The state the pipeline's passes hand each other, and the shape of a pass. */
import type { AttachmentLink } from '../model';
import type { ClipMode } from '../types';
import type { TitleHead } from './head/title-head';
import type { FirstPost } from './passes/post-list';
import type { TitleLines } from './passes/title-lines';
import type { WrappedHeading } from './passes/heading-wrappers';

/** Before Readability: the page being prepared, and what the passes read from it on the way. */
export interface PageContext {
  doc: Document;
  /** the page's body; passes before Readability run only when there is one */
  body: Element | null;
  url: string;
  head: TitleHead;
  /** the mode the caller asked for ('allposts' keeps every post) */
  mode: ClipMode | undefined;
  titleLines: TitleLines[];
  /** copies of the page's abstract blocks, put back after Readability when it left them out */
  abstracts: Element[];
  /** texts of headings set just before a block, put back when Readability kept the block alone (beside-heading) */
  besideHeadings: string[];
  /** headings Readability drops with their wrapper (a `section__header`), put back above the block they head */
  wrappedHeadings: WrappedHeading[];
  /** non-space characters of the page's visible text once chrome is gone (0 when unknown) */
  pageChars: number;
  firstPost: FirstPost;
  /** the page is mostly Chinese, Japanese or Korean text */
  cjk: boolean;
  /** the page's few file links, the article when the page holds nothing else (passes/file-body.ts) */
  files: AttachmentLink[];
}

/** What the passes before Readability see: they run only on a page that has a body. */
export type BodyContext = PageContext & { body: Element };

/**
 * After Readability. `content` is the element Readability returns: its wrapper, possibly holding page parts it kept
 * around the article, and what the clean-up passes and the article check look at. `inner` is its
 * `readability-page-1` child when there is one (else `content` itself): where the article's own blocks live, so
 * blocks put back go there, and it is what is truncated, outlined and stored.
 */
export interface ArticleContext extends PageContext {
  content: Element;
  inner: Element;
  /** the chosen title ('' until it is chosen, before the AFTER_TITLE passes) */
  title: string;
}

export interface Pass<C> {
  name: string;
  /** the test that fails when the pass is skipped: a case of tests/fixtures/pages, or a unit test file */
  fixture: string;
  /** the `data-cm-*` marks it sets or reads (utils/dom/marks) */
  marks?: readonly string[];
  run(ctx: C): void;
}

/** A heuristic that marks or copies something before Readability and restores it after: two passes, one name. */
export interface PassPair {
  mark: Pass<BodyContext>;
  restore: Pass<ArticleContext>;
}
