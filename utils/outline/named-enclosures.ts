/**
 * Documents a notice says it encloses (现将《…》印发给你们, 制定了《…》，现印发): the line that repeats one's name is
 * that document's title, however it is set — centred, bold, or a plain line where a page keeps no styles (a block of
 * <br> lines, an old portal's bare <p>s). The name may be printed over two or three lines (…交易细则 / （试行）).
 */
import type { Line } from './blocks';
import { nospace } from './heads';

const NAMED = /《([^《》]{4,60})》[^。]{0,12}(?:印发|转发)/g;
/** a piece of a name set over lines: short, no sentence */
const PIECE_MAX = 40;

export class NamedEnclosures {
  private readonly names = new Set<string>();

  /** Each line, in order: the names it says are enclosed. Matched only where a 《 is (every line of a big law comes). */
  see(text: string): void {
    if (!text.includes('《')) return;
    for (const m of text.matchAll(NAMED)) this.names.add(nospace(m[1]!));
  }

  /** How many lines from `i` (1–3) print a named document's name, or 0. */
  runAt(lines: Line[], i: number): number {
    if (!this.names.size) return 0;
    let text = '';
    for (let n = 0; n < 3 && i + n < lines.length; n++) {
      const piece = nospace(lines[i + n]!.text);
      // the name whole on one line (a long one may run past a piece's length); a later piece short and no sentence
      if (n > 0 && (piece.length > PIECE_MAX || /[。；;]$/.test(piece))) break;
      text += piece;
      if (this.names.has(text)) return n + 1;
    }
    return 0;
  }
}
