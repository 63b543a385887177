import type { SearchSnippet } from '../../utils/model';
import { t } from '../../utils/i18n';

export interface LibrarySnippetProps {
  snippet: SearchSnippet;
}

/** Cut text into plain and marked pieces; marks are clamped, sorted and never overlap. */
export function markPieces(text: string, marks: readonly [number, number][]): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [s, e] of [...marks].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(at, Math.min(s, text.length));
    const end = Math.max(start, Math.min(e, text.length));
    if (end === start) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

/** One search snippet with its matched words in <mark>; text nodes only, the snippet is never parsed as HTML. */
export function LibrarySnippet({ snippet }: LibrarySnippetProps) {
  const field = snippet.field === 'highlight' || snippet.field === 'note' ? t(`library.field.${snippet.field}`) : '';
  return (
    <p class={`snippet snippet-${snippet.field}`}>
      {field && <span class="snippet-field">{field}</span>}
      {markPieces(snippet.text, snippet.marks).map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : p.text))}
    </p>
  );
}
