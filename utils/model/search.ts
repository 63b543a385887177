/** What a library search asks for and answers: the request, the result page, its hits and snippets. */
import type { Clip } from './clip';
import type { LibraryFilter } from './library';

/** A stretch of a matching field, with the matched ranges as [start, end) offsets into `text` (no HTML). */
export interface SearchSnippet {
  field: 'title' | 'meta' | 'text' | 'highlight' | 'note';
  text: string;
  marks: [number, number][];
}

export interface SearchHit {
  clip: Clip;
  score: number;
  snippets: SearchSnippet[];
}

export interface SearchPage {
  /** every match, not just this page */
  total: number;
  hits: SearchHit[];
  tookMs: number;
  /** every matching clip id, best first, when the request asked for them (the library page filters its table by them) */
  ids?: string[];
}

export interface SearchRequest {
  query: string;
  filter: LibraryFilter;
  offset: number;
  limit: number;
  /** also answer every match's id (no snippets for them: only the page's hits cost body reads) */
  ids?: boolean;
}
