/** The result page of a search: the ranked matches with snippets cut from their stored bodies and highlights. */
import type { SearchHit } from '../messaging';
import { buildSnippets, metaValues, type ParsedQuery, type Ranked } from '../search';
import type { ClausemarkDB, Highlight } from './schema';

export function groupByClip(rows: Highlight[]): Map<string, Highlight[]> {
  const out = new Map<string, Highlight[]>();
  for (const h of rows) {
    const list = out.get(h.clipId);
    if (list) list.push(h);
    else out.set(h.clipId, [h]);
  }
  return out;
}

/** The highlights of these clips: one equality query per clip (anyOf walks a cursor, slow in some IndexedDBs). */
export async function highlightsOfClips(db: ClausemarkDB, clipIds: readonly string[]): Promise<Highlight[]> {
  const out: Highlight[] = [];
  // sequential: also called inside transactions, where native Promise.all can let them commit early
  for (const id of clipIds) out.push(...(await db.highlights.where('clipId').equals(id).toArray()));
  return out;
}

/**
 * Reads only the page's bodies (one transaction): memory holds folded text, snippets show the text as written. The
 * highlights as written are in memory already; reading them per clip cost Chromium ~50 transactions per search.
 */
export async function pageHits(db: ClausemarkDB, page: Ranked[], q: ParsedQuery, phrases: string[]): Promise<SearchHit[]> {
  const bodies = await db.clipBodies.bulkGet(page.map((r) => r.doc.clip.id));
  return page.map(({ doc, score }, i) => {
    const src = { title: doc.clip.title, meta: metaValues(doc.clip), text: bodies[i]?.text ?? '', foldedText: doc.text, highlights: doc.marks };
    return { clip: doc.clip, score, snippets: buildSnippets(src, q, phrases) };
  });
}
