/**
 * Who wrote a court opinion, as courts print it: `JUSTICE SOTOMAYOR delivered the opinion of the Court.`,
 * `SOTOMAYOR, J., delivered the opinion for a unanimous Court.`, `Opinion by Judge …`, or the judge's name signed
 * under the opinion (`James M. Dowd, Judge` under a signature rule). A per curiam opinion names no author: ''.
 * Read only on a page with a court caption (court-caption.ts).
 */

const NAME = "[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+){0,3}";
const DELIVERED = new RegExp(
  `^(?:(?:CHIEF )?JUSTICE|(?:Chief )?Justice|JUDGE|Judge) (${NAME}) (?:delivered|announced) the (?:opinion|judgment)`,
);
const DELIVERED_J = new RegExp(`^(${NAME}), (?:C\\. )?J\\., (?:delivered|announced) the (?:opinion|judgment)`);
const OPINION_BY = new RegExp(
  `^(?:OPINION BY|Opinion by|Written by|Authored by)\\s*:?\\s*(?:(?:Circuit |District )?(?:Judge|Justice|JUDGE|JUSTICE) )?(${NAME})\\.?$`,
);
// a name signed with its office, alone on a line (James M. Dowd, Judge)
const SIGNED = new RegExp(`^(${NAME}), (?:Presiding |Chief |Circuit |Associate )?(?:Judge|Justice)$`);

/** The opinion's author, or ''. `lines`: the page's printed lines, all of them (a signature closes the opinion). */
export function readCourtAuthor(lines: string[]): string {
  for (const line of lines) {
    if (/^per curiam\b/i.test(line)) return '';
    const m = DELIVERED.exec(line) ?? DELIVERED_J.exec(line) ?? OPINION_BY.exec(line);
    if (m) return m[1]!;
  }
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 40); i--) {
    const m = SIGNED.exec(lines[i]!);
    if (m) return m[1]!;
  }
  return '';
}
