/** What the search keeps per clip: its folded fields, built once when the clip is loaded or changes. */
import type { Clip, Highlight } from '../model';
import { fold } from './normalize';
import { signatureOf, type Signature } from './signature';

export interface SearchDoc {
  clip: Clip;
  title: string;
  /** issuer, document and index numbers, subject, source, author, site, byline */
  meta: string;
  text: string;
  /** bigram signature of `text`, to skip scanning bodies that cannot hold a needle */
  textSig: Signature;
  /** highlight quotes, folded and joined with SEP */
  highlight: string;
  /** notes, folded and joined with SEP */
  note: string;
  /** the highlights as written, for snippets: kept here so a search reads no highlight rows */
  marks: { quote: string; note: string }[];
}

/** Never produced by fold(), so no term matches across two joined values. */
export const SEP = '\u0001';

/** The clip's metadata values worth searching, as shown in a "meta" snippet. */
export function metaValues(clip: Clip): string[] {
  const p = clip.policy;
  return [p.issuer, p.docNumber, p.indexNumber, p.subject, p.source, p.author, clip.siteName, clip.byline].filter((v) => !!v && v.trim());
}

const joinFolded = (values: string[]) => values.map(fold).filter(Boolean).join(SEP);

export function buildDoc(clip: Clip, text: string, highlights: readonly Pick<Highlight, 'selectors' | 'note'>[]): SearchDoc {
  const folded = fold(text);
  return {
    clip,
    title: fold(clip.title),
    meta: joinFolded(metaValues(clip)),
    text: folded,
    textSig: signatureOf(folded),
    highlight: joinFolded(highlights.map((h) => h.selectors.quote)),
    note: joinFolded(highlights.map((h) => h.note)),
    marks: highlights.map((h) => ({ quote: h.selectors.quote, note: h.note })),
  };
}
