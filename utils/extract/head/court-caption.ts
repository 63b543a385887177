/**
 * A court opinion's caption, as courts print it above the opinion (a slip opinion, an appellate opinion, a state
 * court's caption table with its ")" column): the court's name in the masthead, the docket number ("No. 21-50498"),
 * the parties over and under `v.` / `vs.` / `versus` with their roles (Plaintiff—Appellant), and the day it was
 * filed or decided. Read from the page's printed lines (a PDF's and a web page's alike). The parties as printed,
 * joined with the printed v., are the title; the court is the issuer; the docket number its number.
 */
import { englishDate } from './date-line-en';

export interface CourtCaption {
  title: string;
  court: string;
  docNumber: string;
  date: string;
}

const VERSUS = /^(v\.?|vs\.?|versus)$/i;
// a party's role in the case, on its own line (Plaintiff—Appellant, / Defendants-Appellees. / Respondent.)
const ROLE =
  /^(?:(?:Plaintiffs?|Defendants?|Appellants?|Appellees?|Petitioners?|Respondents?|Movants?|Intervenors?|Cross|and|Counter)[\s,—–-]*)+[.,]?$/i;
// ", PETITIONER" after a party's name in a one-line caption
const ROLE_AFTER =
  /,\s*(?:PETITIONERS?|RESPONDENTS?|APPELLANTS?|APPELLEES?|PLAINTIFFS?|DEFENDANTS?)(?:[\s,—–-]+(?:APPELLANTS?|APPELLEES?))?\b/g;
const COURT = /^(?:in the\s+)?((?:[A-Z][\w.]*\s+)*court\b.*)$/i;
const DOCKET = /^(?:Case\s+|Docket\s+)?Nos?\.\s*([A-Z]{0,4}\s?\d[\w]*(?:[-–:]\w+)*)/;
const DATED = /\b(?:Decided|Filed|Dated)\s*:?\s*([A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})/i;

/** The party column of a caption table's row: the cells left of its ")" column (`STATE OF MISSOURI, ) Honorable …`). */
const partyCell = (line: string) => line.split(/(?:^|\s)\)(?=\s|$)/)[0]!.trim();
const sideCells = (line: string) =>
  line
    .split(/(?:^|\s)\)(?=\s|$)/)
    .slice(1)
    .join(' ')
    .trim();

const bareParty = (s: string) =>
  s
    .replace(ROLE_AFTER, '')
    .replace(/[,;:]\s*$/, '')
    .trim();

/**
 * `lines`: the page's printed lines from the top (a few hundred are enough); `column`: the first cells of its first
 * tables' rows, where a caption table sets the parties apart from the docket column (read before the lines, which
 * run a row's cells together).
 */
export function readCourtCaption(lines: string[], column: string[] = []): CourtCaption | null {
  const at = lines.findIndex((l, i) => isCourtLine(l) && i < lines.length - 1);
  if (at < 0) return null;
  const window = lines.slice(at, at + 40);
  const parties = captionParties(column) || captionParties(window);
  if (!parties) return null;
  const docNumber = window.map((l) => DOCKET.exec(l) ?? DOCKET.exec(sideCells(l))).find(Boolean);
  if (!docNumber) return null;
  return {
    title: parties,
    // (a PDF's title line comes twice: as the page's title and in its body)
    court: courtName(lines[at]!, lines.slice(at + 1).find((l) => l !== lines[at]) ?? ''),
    docNumber: docNumber[0].replace(/[.,]$/, ''),
    date: captionDate(window),
  };
}

/** A masthead line naming a court, short and in title or capital case (not a sentence that mentions one). */
function isCourtLine(line: string): boolean {
  const m = COURT.exec(line);
  return !!m && line.length <= 70 && !/[.;]$/.test(line) && /\bcourt\b/i.test(m[1]!) && !/\bv\.|\bvs\./.test(line);
}

// the line under the court's name that completes it: `for the Fifth Circuit`, `Eastern District`
const FOR_THE = /^for the ((?:[A-Z][\w.]*\s+)*?(?:Circuit|District|Division|Department)(?: of [A-Z][\w]*(?: [A-Z][\w]*)*)?)\b/;
const DISTRICT =
  /^(?:(?:Eastern|Western|Northern|Southern|Middle|Central|[A-Z][a-z]+(?:st|nd|rd|th))\s+)?(?:District|Division|Department)$/i;

function courtName(line: string, next: string): string {
  let name = COURT.exec(line)![1]!.trim();
  const forThe = FOR_THE.exec(next);
  if (forThe) name += ` for the ${forThe[1]}`;
  else if (DISTRICT.test(next.trim())) name += `, ${next.trim()}`;
  else {
    // a court's name run together with its district on one line (In the Missouri Court of Appeals Eastern District)
    const run = /^(.*\bCourt of [A-Z]\w+(?: [A-Z]\w+)*?)\s+((?:Eastern|Western|Northern|Southern|Middle|Central) District)$/.exec(name);
    if (run) name = `${run[1]}, ${run[2]}`;
  }
  return name === name.toUpperCase() ? titleCase(name) : name;
}

const SMALL = new Set(['of', 'the', 'for', 'and', 'in', 'at']);
const titleCase = (s: string) =>
  s
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');

/** The parties joined with the printed v.: stacked over and under a versus line, or on one capital line. */
function captionParties(window: string[]): string {
  const cells = window.map(partyCell);
  for (let i = 1; i < cells.length - 1; i++) {
    const v = VERSUS.exec(cells[i]!);
    if (v) {
      const before = cells
        .slice(0, i)
        .reverse()
        .find((c) => c && !ROLE.test(c));
      const after: string[] = [];
      for (const c of cells.slice(i + 1)) {
        if (!c) continue;
        if (ROLE.test(c) || after.length >= 3) break;
        after.push(c);
      }
      if (before && after.length) return `${bareParty(before)} ${v[1]} ${bareParty(after.join(' '))}`;
    }
    // one line in capitals: TARRANT REGIONAL WATER DISTRICT v. HERRMANN ET AL.
    const one = /^([^a-z]{3,}?)\s+(v\.|vs\.)\s+([^a-z]{3,})$/.exec(cells[i]!);
    if (one) return `${bareParty(one[1]!)} ${one[2]} ${bareParty([one[3]!, ...capsRunOn(cells.slice(i + 1))].join(' '))}`;
  }
  return '';
}

// a caption in capitals set over two lines (… v. RUDOLF JOHN / HERRMANN ET AL.) runs on until the line under it
const CAPS_LINE = /^[^a-z]{2,60}$/;
const UNDER_CAPTION = /^(?:CERTIORARI|ON |APPEAL|NOS?\.|SYLLABUS)|COURT/;
function capsRunOn(after: string[]): string[] {
  const run: string[] = [];
  for (const c of after.slice(0, 2)) {
    if (!CAPS_LINE.test(c) || UNDER_CAPTION.test(c) || !/[A-Z]{2}/.test(c)) break;
    run.push(c);
  }
  return run;
}

/** The day the opinion was decided or filed: `Decided June 13, 2013`, `Filed: January 19, 2021`, a FILED stamp. */
function captionDate(window: string[]): string {
  for (let i = 0; i < window.length; i++) {
    const line = window[i]!;
    const dated = DATED.exec(line) ?? DATED.exec(sideCells(line));
    if (dated) return englishDate(dated[1]!);
    if (/^FILED$/i.test(line.trim())) {
      const date = englishDate(window[i + 1] ?? '');
      if (date) return date;
    }
  }
  return '';
}
