/**
 * The clip's domain types: what a page extraction hands back and what a clip stores. Plain data only (structured-clone
 * safe); the database, exporters, search and UI all import them from here, never from the database's file.
 */
import type { AttachmentLink } from './attachment';

export interface PolicyMeta {
  issuer: string;
  docNumber: string;
  indexNumber: string;
  subject: string;
  /** ISO date (YYYY-MM-DD) or '' */
  writtenDate: string;
  /** ISO date (YYYY-MM-DD) or '' */
  publishDate: string;
  source: string;
  author: string;
}

export interface OutlineEntry {
  level: number;
  label: string | null;
  title: string;
  /** first words of the section's text, for entries without a title (law articles) */
  preview: string;
  /** id of the element in the stored article html that starts this section */
  anchor: string;
}

export type ExtractMode = 'article' | 'fulltext';

/** A clip of a file rather than a web page. */
export type ClipSource = 'pdf' | 'docx';

/** What a clip request asks for: the article (the first post of a post list), every post of one, or the whole text. */
export type ClipMode = ExtractMode | 'allposts';

/** What the injected script hands back: everything needed to store a clip. */
export interface ExtractedPage {
  url: string;
  canonicalUrl: string;
  title: string;
  byline: string;
  siteName: string;
  lang: string;
  /** ISO date or datetime, or '' */
  publishedTime: string;
  excerpt: string;
  policy: PolicyMeta;
  outline: OutlineEntry[];
  /** sanitised article html */
  html: string;
  text: string;
  mode: ExtractMode;
  /** set when the page was too large and work was capped */
  truncated: boolean;
  /** posts of a blog front page or thread view left out of an article clip (see utils/extract/passes/post-list) */
  postsLeftOut: number;
  /** what was clipped, when not a web page: a PDF or Word file (utils/pdf, utils/docx); absent for a page */
  source?: ClipSource;
  /** a PDF's page count */
  pageCount?: number;
  /** the files the page lists as its 附件 (utils/extract/attachments.ts); absent when none */
  attachments?: AttachmentLink[];
}

export function emptyPolicy(): PolicyMeta {
  return {
    issuer: '',
    docNumber: '',
    indexNumber: '',
    subject: '',
    writtenDate: '',
    publishDate: '',
    source: '',
    author: '',
  };
}

/** A clip as the library list needs it: metadata only, never the body. */
export interface Clip {
  id: string;
  url: string;
  canonicalUrl: string;
  title: string;
  siteName: string;
  byline: string;
  lang: string;
  publishedTime: string;
  excerpt: string;
  policy: PolicyMeta;
  charCount: number;
  contentHash: string;
  mode: ExtractMode;
  /** first saved (ms since epoch) */
  savedAt: number;
  /** last clipped again (ms since epoch); the library sorts on it */
  updatedAt: number;
  /** how many highlights the clip has; kept exact by every write to `highlights` (utils/db/highlight-rows.ts) */
  highlightCount: number;
  /** only the beginning of a very long page was kept (utils/extract/size-cap); not indexed, so no schema version */
  truncated?: boolean;
  /** a PDF or Word file, not a web page; absent for a page (not indexed: no schema version) */
  source?: ClipSource;
  /** a PDF's page count */
  pageCount?: number;
  /** a notice's 附件: the notice's clip id (indexed, schema v4); absent on every other clip */
  attachmentOf?: string;
  /** the name the notice printed for this 附件 */
  attachmentName?: string;
}

/** Heavy parts of a clip, read only when a clip is shown, searched or exported. */
export interface ClipBody {
  clipId: string;
  /** sanitised article html */
  html: string;
  text: string;
  outline: OutlineEntry[];
}
