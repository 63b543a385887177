/** Scan every document, keep the matches that pass the filter, best first (newer first among equals). */
import type { SearchDoc } from './document';
import { phraseVariants, scoreDoc } from './match';
import type { ParsedQuery } from './terms';

export interface Ranked {
  doc: SearchDoc;
  score: number;
}

export function rankDocs(docs: Iterable<SearchDoc>, q: ParsedQuery, accept: (doc: SearchDoc) => boolean = () => true): Ranked[] {
  const phrases = phraseVariants(q);
  const out: Ranked[] = [];
  for (const doc of docs) {
    if (!accept(doc)) continue;
    const score = scoreDoc(doc, q, phrases);
    if (score >= 0) out.push({ doc, score });
  }
  return out.sort((a, b) => b.score - a.score || b.doc.clip.updatedAt - a.doc.clip.updatedAt || (a.doc.clip.id < b.doc.clip.id ? -1 : 1));
}
