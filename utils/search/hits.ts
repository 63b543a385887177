/** Result-page pieces that need no database: highlights grouped by clip, and hits cut from bodies already read. */
import type { Highlight, SearchHit } from '../model';
import { metaValues } from './document';
import type { Ranked } from './rank';
import { buildSnippets } from './snippets';
import type { ParsedQuery } from './terms';

export function groupByClip(rows: Highlight[]): Map<string, Highlight[]> {
  const out = new Map<string, Highlight[]>();
  for (const h of rows) {
    const list = out.get(h.clipId);
    if (list) list.push(h);
    else out.set(h.clipId, [h]);
  }
  return out;
}

/** Memory holds folded text, snippets show the text as written: `bodies[i]` is the stored body of `page[i]`. */
export function toHits(page: Ranked[], bodies: readonly ({ text: string } | undefined)[], q: ParsedQuery, phrases: string[]): SearchHit[] {
  return page.map(({ doc, score }, i) => {
    const src = {
      title: doc.clip.title,
      meta: metaValues(doc.clip),
      text: bodies[i]?.text ?? '',
      foldedText: doc.text,
      highlights: doc.marks,
    };
    return { clip: doc.clip, score, snippets: buildSnippets(src, q, phrases) };
  });
}
