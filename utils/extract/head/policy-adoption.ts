/**
 * A law's 题注, the bracketed note under its title: who adopted it and when, then each later revision or amendment
 * (（1999年4月29日第九届全国人民代表大会常务委员会第九次会议通过 根据2009年8月27日…第一次修正 2023年9月1日…修订）).
 * The issuer and date of writing are those of the latest of them: the text as printed is that version.
 */
import { ARABIC_DATE, CN_DATE, policyDate, toAsciiDigits } from './policy-values';
import { partyNote } from './policy-party-note';

export interface Adoption {
  issuer: string;
  writtenDate: string;
}

const ARABIC = ARABIC_DATE.source;
const TERM = '第[一二三四五六七八九十]+届';
// date, then the body (its term dropped: 某某市第十六届人民代表大会常务委员会 is 某某市人民代表大会常务委员会), then its session
const EVENT = new RegExp(
  `(${ARABIC}|${CN_DATE.source.replace(/\((?!\?)/g, '(?:')})\\s*(?:${TERM})?([\\u4e00-\\u9fa5]{0,12}?)(?:${TERM})?` +
    '(人民代表大会(?:常务委员会)?)第[一二三四五六七八九十]+次(?:全体)?会议',
  'g',
);
// A province's 批准 of a city's regulation is not an adoption of the text: the city's body stays the issuer.
const APPROVAL = /^\s*批准/;

/** The latest adoption, revision or amendment a 题注 names (its text, brackets included), or null. */
export function latestAdoption(note: string): Adoption | null {
  const text = toAsciiDigits(note);
  const events = Array.from(text.matchAll(EVENT));
  let best: Adoption | null = null;
  events.forEach((m, k) => {
    const act = text.slice(m.index! + m[0].length, events[k + 1]?.index ?? text.length);
    const date = policyDate(m[1]!);
    if (!date || APPROVAL.test(act) || (best && best.writtenDate > date)) return;
    best = { issuer: m[2]! + m[3]!, writtenDate: date };
  });
  return best;
}

// The 题注 opens with its bracket and a date; on a web page it may run over several lines until the bracket closes.
const NOTE_START = new RegExp(`^[(（]\\s*(?:${ARABIC}|${CN_DATE.source})`);

/** The 题注 printed just under a law's title (from the line `from`, a few lines on), read as above; or empty fields. */
export function findAdoption(lines: string[], from: number): Adoption {
  for (let i = Math.max(0, from); i < Math.min(lines.length, from + 8); i++) {
    if (!NOTE_START.test(toAsciiDigits(lines[i]!))) continue;
    let note = lines[i]!;
    for (let j = i + 1; j < Math.min(lines.length, i + 8) && !/[)）]$/.test(note); j++) note += lines[j]!;
    // a law's meeting adopts it; a Party regulation's approves it and an organ issues it
    const found = latestAdoption(note) ?? partyNote(note);
    if (found) return found;
  }
  return { issuer: '', writtenDate: '' };
}

/**
 * The body a meeting belongs to, as the 题注 reader gives it: 第十三届全国人大一次会议 → 全国人民代表大会,
 * 某某省第十四届人大常委会第五次会议 → 某某省人民代表大会常务委员会 (a session is not an organ; the library groups by organ).
 */
export function meetingBody(meeting: string): string {
  const m = meeting
    .replace(new RegExp(TERM, 'g'), '')
    .replace(/第?[一二三四五六七八九十]+次(?:全体)?会议$/, '')
    .replace(/会议$/, '');
  const full = m.replace(/人大常委会$/, '人民代表大会常务委员会').replace(/人大$/, '人民代表大会');
  return /人民代表大会(?:常务委员会)?$/.test(full) ? full : meeting;
}
