/**
 * The signature closing a document's main text: its organs (several, spaced, bracketed) and the date of writing,
 * and the forms that print only one of them (a date under 特此通知。 with the organ in a seal image; `（某某局）`).
 */
import { ARABIC_DATE, CN_DATE, policyDate, toAsciiDigits } from './policy-values';
import { organs } from '../../organs';

export { ORGAN, organs } from '../../organs';

const DATE_LINE = new RegExp(`^(?:${ARABIC_DATE.source}|${CN_DATE.source})$`);
// A bulletin prints its organs and date under the title, the date often bracketed and sometimes only a month:
// "宜春市统计局　国家统计局宜春调查队" / "（2023年4月12日）" or "（2023年5月）".
const SIGNED_DATE = new RegExp(`^(.*?)\\s*[(（]?\\s*(${ARABIC_DATE.source}|${CN_DATE.source}|\\d{4}\\s*年\\s*\\d{1,2}\\s*月)\\s*[)）]?$`);
// "总理　李克强" above the date of a 国务院令, "国家广播电视总局局长 曹淑敏" under a joint order: the date is the
// signature's, the person is not the issuer.
const PERSON_SIGNATURE =
  /^(?:[\u4e00-\u9fa5]{2,24}?(?:院|部|委|局|署|办|办公室|府|委员会|行|会))?(?:总理|副总理|主席|部长|署长|局长|主任|省长|市长|县长|区长|州长|书记|院长)\s*[:：]?\s*[\u4e00-\u9fa5·]{2,5}$/;
// The formula that closes a notice's text: a date printed right under it is the signature's, whatever stands
// (or does not: the organ is often only the seal's image) between them.
const CLOSING = /^(?:特此(?:通知|公告|通告|通报|函告|函复|批复|报告|证明|说明)?|此复|此函)[。！!]?$/;
// The request a notice's last paragraph ends with (…现予印发，请遵照执行。): a date line right under it is the
// notice's, its organ in the seal a Word copy lacks.
const CLOSING_REQUEST = /(?:^|[，。；])(?:请[^，。；！]{0,14}?(?:执行|落实|实施|办理|遵守|遵循)|特此(?:通知|公告|通告|通报))[。！!]$/;
/(?:请(?:各地|各单位|你们)?(?:认真)?(?:遵照|贯彻|结合实际)?(?:执行|落实|实施|办理|遵守)|特此(?:通知|公告|通告|通报))[。！!]$/;
const BRACKETED = /^[(（]\s*(.+?)\s*[)）]$/;

/** A signature's organ line, bare or set in brackets: `（万载县统计局）`. */
const signedOrgans = (line: string): string[] | null => organs(BRACKETED.exec(line)?.[1] ?? line);

/**
 * An undated signature, the organ alone in brackets at the end of the text (a bulletin's `（某某县统计局）`).
 * Only when the text prints one such line: a task list brackets the organ in charge after each of its items.
 */
function bracketedOnly(lines: string[], from: number): string {
  const found = lines.slice(from).filter((l) => BRACKETED.test(l) && organs(BRACKETED.exec(l)![1]!));
  return found.length === 1 ? signedOrgans(found[0]!)!.join('、') : '';
}

export function findSignature(lines: string[], from: number): { issuer: string; writtenDate: string } {
  for (let i = from; i < lines.length; i++) {
    const line = toAsciiDigits(lines[i]!);
    // The date may share the line with the organ: "国务院办公厅　2018年12月29日".
    const m = SIGNED_DATE.exec(line);
    if (!m) continue;
    const sameLine = m[1] ? organs(m[1]) : null;
    // a signer's name and the date on one line (中国证券监督管理委员会主席：尚福林　二○○四年六月八日)
    if (m[1] && !sameLine && PERSON_SIGNATURE.test(m[1]) && policyDate(m[2]!)) return { issuer: '', writtenDate: policyDate(m[2]!) };
    if (m[1] && !sameLine) continue;
    const above: string[] = [];
    for (let j = i - 1; !sameLine && j >= from && j >= i - 3; j--) {
      const o = signedOrgans(lines[j]!);
      if (!o) break;
      above.unshift(...o);
    }
    const names = sameLine ?? above;
    const date = policyDate(m[2]!);
    if (names.length && (date || /月$/.test(m[2]!))) return { issuer: names.join('、'), writtenDate: date };
    if (!date || i <= from || !DATE_LINE.test(line)) continue;
    const prev = lines[i - 1]!;
    if (PERSON_SIGNATURE.test(prev) || CLOSING.test(prev) || CLOSING_REQUEST.test(prev)) return { issuer: '', writtenDate: date };
  }
  return { issuer: bracketedOnly(lines, from), writtenDate: '' };
}
