/**
 * The note under the title of a speech or a report delivered at a meeting (a 政府工作报告): the day and the meeting,
 * then the speaker — "——2025年1月20日在四川省第十四届人民代表大会第三次会议上" over "四川省省长　施小琳", or
 * all in one line, "——2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告". The day is the
 * date of writing, the speaker the byline, and a head of government speaks for that government (the issuer).
 */
import { CN_DATE, policyDate, toAsciiDigits } from './policy-values';

export interface SpeechNote {
  writtenDate: string;
  speaker: string;
  issuer: string;
}

const NAME = '[\\u4e00-\\u9fa5·]{2,5}';
const OFFICE = '(?:代|副)?(?:总理|省长|市长|区长|县长|州长|旗长|盟长|主席|委员长|院长|检察长|书记|部长|主任)';
const DATE = `\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|${CN_DATE.source.replace(/\((?!\?)/g, '(?:')}`;
// the dash leading the note (——, ----, ─) and an optional bracket, the day, maybe the speaker, then 在 the meeting 上/的
// and the line ends (or names the speaker): a news story's opening sentence goes on, and is no note
const MEETING_LINE = new RegExp(
  `^[—–―─\\-－]*\\s*[(（]?\\s*(${DATE})\\s*(?:(${NAME}?)(${OFFICE}))?\\s*在([^，。；,]{2,60}?(?:会议|大会|全会|论坛|典礼|座谈会))(?:上的|上|的)(?:讲话|(?:政府)?工作报告|报告)?[)）]?\\s*(.*)$`,
);
// the speaker's own line: an organ or place, the office, the name ("四川省人民政府省长 施小琳", "国务院总理 李强")
const SPEAKER_LINE = new RegExp(`^([\\u4e00-\\u9fa5]{0,20}?)(${OFFICE})\\s*(${NAME})[)）]?$`);

const HEAD_OF_GOVERNMENT = /^(?:代)?(?:省长|市长|区长|县长|州长|旗长|盟长)$/;
const PLACE = /^[\u4e00-\u9fa5]{2,12}?(?:自治区|自治州|自治县|特别行政区|省|市|区|县|州|旗|盟)/;

/** The government a head of it speaks for: as printed (…人民政府省长, 国务院总理), else the place's 人民政府. */
function issuerOf(org: string, office: string, meeting: string): string {
  if (/(?:人民政府|国务院)$/.test(org)) return org;
  if (/总理$/.test(office)) return '国务院';
  if (!HEAD_OF_GOVERNMENT.test(office)) return '';
  const place = PLACE.exec(org)?.[0] ?? PLACE.exec(meeting.replace(/第[一二三四五六七八九十]+届.*$/, ''))?.[0];
  return place ? `${place}人民政府` : '';
}

/** The note among the first lines of a document (`lines`: its printed lines, the title's first), or null. */
export function speechNote(lines: string[]): SpeechNote | null {
  for (let i = 0; i < Math.min(lines.length, 8); i++) {
    const m = MEETING_LINE.exec(toAsciiDigits(lines[i]!));
    if (!m) continue;
    const writtenDate = policyDate(m[1]!);
    if (!writtenDate) continue;
    const rest = m[5]!.trim();
    if (rest && (m[3] || !SPEAKER_LINE.test(rest))) continue;
    const next = m[3] ? null : SPEAKER_LINE.exec(rest || (lines[i + 1] ?? ''));
    const [org, office, speaker] = m[3] ? ['', m[3], m[2] ?? ''] : next ? [next[1]!, next[2]!, next[3]!] : ['', '', ''];
    return { writtenDate, speaker, issuer: office ? issuerOf(org, office, m[4]!) : '' };
  }
  return null;
}
