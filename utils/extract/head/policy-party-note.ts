/**
 * A Party regulation's 题注: the meeting that approved (or revised) the text and the organ that issued it, each
 * with its day (（2019年8月30日中共中央政治局会议审议批准　2019年9月1日中共中央发布）, a revision adding its own
 * pair). The issuer is the organ that issued the text as printed (the latest 发布); the date of writing is that of
 * the latest approval or revision, as a law's is the day it was adopted.
 */
import { ARABIC_DATE, CN_DATE, policyDate, toAsciiDigits } from './policy-values';
import type { Adoption } from './policy-adoption';

const DATE = `${ARABIC_DATE.source}|${CN_DATE.source.replace(/\((?!\?)/g, '(?:')}`;
// a day, who, and what they did; a meeting approves or revises, an organ issues
const EVENT = new RegExp(
  `(${DATE})\\s*([\\u4e00-\\u9fa5]{2,30}?)(审议批准|审议通过|批准|通过|修订|修正|发布|印发)(?=[\\s\\u3000）)，,；;]|$)`,
  'g',
);
const ISSUED = /^(?:发布|印发)$/;

/** The issuer and date of a Party regulation's 题注, or null when it names no issuing organ and no approval. */
export function partyNote(note: string): Adoption | null {
  let issuer = '';
  let issued = '';
  let approved = '';
  for (const m of toAsciiDigits(note).matchAll(EVENT)) {
    const date = policyDate(m[1]!);
    const [who, act] = [m[2]!, m[3]!];
    if (!date) continue;
    if (ISSUED.test(act) && !/会议$/.test(who) && date >= issued) [issuer, issued] = [who, date];
    else if (!ISSUED.test(act) && /会议$/.test(who) && date >= approved) approved = date;
  }
  return issuer && approved ? { issuer, writtenDate: approved } : null;
}
