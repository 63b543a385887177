/**
 * A treaty names its adopting body and date in its own words rather than in a header: the front note says the
 * Statute was "adopted by the United Nations Diplomatic Conference of … on 17 July 1998", and the closing formula
 * reads "Done at Rome, this 17th day of July 1998."
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = `(${MONTHS.join('|')})`;

const iso = (y: string, month: string, d: string) => `${y}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${d.padStart(2, '0')}`;

/** "Done at Rome, this 17th day of July 1998" / "Done at Geneva on 2 May 1992" */
const DONE_DAY = new RegExp(
  `\\bDone at [A-Z][A-Za-z .'-]{1,40}?,?\\s+(?:on\\s+)?this\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+day\\s+of\\s+${MONTH},?\\s+(?:in the year\\s+)?(\\d{4})`,
);
const DONE_DATE = new RegExp(`\\bDone at [A-Z][A-Za-z .'-]{1,40}?,?\\s+(?:on\\s+)?(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})`);

/** The body's name: capitalised words, with the small words a name holds (of, on, the, for, and, an). */
const NAME = `([A-Z][A-Za-z'’-]+(?:\\s+(?:[A-Z][A-Za-z'’-]+|of|on|the|for|and|an|a|to))*?)`;
const ADOPTED = new RegExp(`\\badopted\\s+by\\s+the\\s+${NAME}\\s+(?:on|in|at)\\s+(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})`);

export interface TreatyFields {
  issuer: string;
  writtenDate: string;
}

/** `title`: the treaty's; a body is taken only where the sentence names the treaty (…the Rome Statute adopted by…). */
export function treatyFields(title: string, text: string): TreatyFields {
  const out: TreatyFields = { issuer: '', writtenDate: '' };
  const done = DONE_DAY.exec(text) ?? DONE_DATE.exec(text);
  if (done) out.writtenDate = iso(done[3]!, done[2]!, done[1]!);
  const short = title.split(/\s+/).slice(0, 2).join(' ');
  const flat = text.replace(/\s+/g, ' ');
  for (const m of flat.matchAll(new RegExp(ADOPTED, 'g'))) {
    if (!short || !flat.slice(Math.max(0, m.index - 80), m.index).includes(short)) continue;
    out.issuer = m[1]!;
    out.writtenDate ||= iso(m[4]!, m[3]!, m[2]!);
    break;
  }
  return out;
}
