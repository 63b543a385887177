/**
 * A Westminster instrument (a proclamation, letters patent) is made by the office that heads it, its holder's name
 * over the office on a line of its own (`CASEY` / `Governor-General.`), and dated in its closing formula, written out
 * in words: "Given under my Hand … this eighteenth day of August, in the year of our Lord, One thousand nine hundred
 * and sixty-seven". A countersignature "By His Excellency's Command" under it is not the issuer.
 */
const OFFICE = /^((?:Governor-General|Governor|Lieutenant[- ]Governor|Administrator))\.$/;
const HOLDER = /^[A-Z][A-Z'’. -]{1,40}$/;
const GIVEN =
  /\bGiven under my Hand\b.{0,120}?\bthis ([a-z]+(?:-[a-z]+)?|\d{1,2}(?:st|nd|rd|th)?) day of ([A-Z][a-z]+),? in the year of our Lord,? ([A-Za-z -]+?)(?:,|\sand in\b|$)/;

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const TEENS = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL: Record<string, string> = {
  first: 'one',
  second: 'two',
  third: 'three',
  fifth: 'five',
  eighth: 'eight',
  ninth: 'nine',
  twelfth: 'twelve',
};
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A number written in English words (`One thousand nine hundred and sixty-seven`), or NaN. */
function wordsToNumber(text: string): number {
  let total = 0;
  let part = 0;
  for (const w of text
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((x) => x && x !== 'and')) {
    const unit = UNITS.indexOf(w);
    const teen = TEENS.indexOf(w);
    const ten = TENS.indexOf(w);
    if (unit >= 0) part += unit;
    else if (teen >= 0) part += 13 + teen;
    else if (ten >= 2) part += ten * 10;
    else if (w === 'hundred') part *= 100;
    else if (w === 'thousand') ((total += part * 1000), (part = 0));
    else return NaN;
  }
  return total + part;
}

/** "eighteenth" / "twenty-first" / "18th" → the day's number, or NaN. */
function dayNumber(word: string): number {
  if (/^\d/.test(word)) return parseInt(word, 10);
  const cardinal = word
    .split('-')
    .map((w) => ORDINAL[w] ?? w.replace(/ieth$/, 'y').replace(/th$/, ''))
    .join('-');
  return wordsToNumber(cardinal);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The office heading the instrument and the date of its closing formula; '' for what the lines do not give. */
export function readGivenClause(lines: string[]): { issuer: string; writtenDate: string } {
  const head = lines.slice(0, 12);
  const at = head.findIndex((l, i) => i > 0 && OFFICE.test(l) && HOLDER.test(head[i - 1]!));
  const issuer = at >= 0 ? OFFICE.exec(head[at]!)![1]! : '';
  // the formula runs over several lines, a seal mark (L.S.) set in its margin and words split at a hyphen
  const text = lines
    .slice(-40)
    .join(' ')
    .replace(/\(L\.\s?S\.\)\s*/g, '')
    .replace(/-\s+(?=[a-z])/g, '');
  const m = GIVEN.exec(text);
  if (!m) return { issuer, writtenDate: '' };
  const [day, month, year] = [dayNumber(m[1]!), MONTHS.indexOf(m[2]!.toLowerCase()) + 1, wordsToNumber(m[3]!)];
  const ok = day >= 1 && day <= 31 && month >= 1 && year >= 1800 && year <= 2100;
  return { issuer, writtenDate: ok ? `${year}-${pad(month)}-${pad(day)}` : '' };
}
