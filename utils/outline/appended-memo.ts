/**
 * A bill's page may print, after the bill's last section, a document about it under a centred head of its own: the
 * sponsor's memorandum (New York: "MEMORANDUM IN SUPPORT OF LEGISLATION", "INTRODUCER'S MEMORANDUM IN SUPPORT"), an
 * explanatory memorandum or statement (Westminster bills), a fiscal note or a statement of purpose (US states). It
 * is not the bill's last cross-heading but an appended document, its heads a tier below it.
 */
import type { Line } from './blocks';

const APPENDED =
  /^(?:[A-Z][A-Za-z'’]*\s+){0,3}(?:MEMORANDUM|Memorandum)(?:\s+(?:IN SUPPORT|in Support|OF SUPPORT)\b.*)?$|^(?:EXPLANATORY|Explanatory) (?:MEMORANDUM|Memorandum|STATEMENT|Statement|NOTES?|Notes?)$|^(?:FISCAL NOTE|Fiscal Note|STATEMENT OF PURPOSE|Statement of Purpose)$/;

export function isAppendedMemo(line: Line): boolean {
  const t = line.text.trim();
  return (line.centered || !!line.heading) && (line.bold || !!line.heading) && t.length <= 80 && APPENDED.test(t);
}

/** The lines its head goes on with, in the same centred block: "submitted in accordance with Senate Rule VI …". */
export function memoHeadLines(lines: Line[], at: number): Line[] {
  const out: Line[] = [];
  for (let i = at + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.block !== lines[at]!.block || !l.centered || !/^[a-z(]/.test(l.text.trim())) break;
    out.push(l);
  }
  return out;
}
