/**
 * A text layer that is there but unreadable: CJK fonts embedded without a usable Unicode map hand pdfjs private-use
 * code points, U+FFFD, or whatever their glyph numbers spell in ASCII and Latin-1 ("!\"#$%", "ßàÝÞ"). The tell is
 * lines punctuated as Chinese (，。、；) with no Chinese in them, and lines that are mostly Latin-1 letters. An
 * outline, title or metadata read from such text would be garbage, so the file is refused as a scan is.
 */
import type { PageLines } from './types';

/** Above this share of the document's characters in garbled lines, the text layer is not text. */
const MAX_GARBLED = 0.25;

const BROKEN = /[\ue000-\uf8ff\ufffd]/g;

function garbledLine(text: string): boolean {
  if (/[，。、；]/.test(text) && !/[\u3400-\u9fff]/.test(text)) return true;
  const letters = text.match(/[A-Za-z\u00c0-\u00ff]/g) ?? [];
  const latin1 = letters.filter((c) => c >= '\u00c0').length;
  return latin1 >= 3 && latin1 > letters.length * 0.3;
}

/** The share of the text's characters (spaces aside) that sit in garbled lines or are broken code points. */
export function garbledShare(pages: PageLines[]): number {
  let all = 0;
  let bad = 0;
  for (const p of pages)
    for (const l of p.lines) {
      const n = l.text.replace(/\s/g, '').length;
      all += n;
      bad += garbledLine(l.text) ? n : (l.text.match(BROKEN) ?? []).length;
    }
  return all ? bad / all : 0;
}

export const isGarbled = (pages: PageLines[]): boolean => garbledShare(pages) > MAX_GARBLED;
