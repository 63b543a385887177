/**
 * A joint order's masthead: its organs printed one a line above a bare 令 and the order's number
 * (国家互联网信息办公室 / 中华人民共和国教育部 / … / 令 / 第15号). They issue it, all of them, as printed. One organ's
 * order prints its name with the 令 (国家质量监督检验检疫总局令 / 第 156 号).
 */
import { organs } from './policy-signature';
import { policyDate } from './policy-values';

/**
 * One organ's order number as its heading prints it, the organ's name before 令 (中国证券监督管理委员会令 第19号,
 * on one line or two): the organ issues it, and its number is 令第N号, as a joint order's bare 令 over 第N号 reads.
 */
export function organOrder(docNumber: string): { issuer: string; docNumber: string } | null {
  const m = /^(.+)令(第\d{1,5}号)$/.exec(docNumber);
  const names = m ? organs(m[1]!) : null;
  return names ? { issuer: names.join('、'), docNumber: `令${m![2]}` } : null;
}

/** The organs above the 令 line over the order number at `at`, joined with 、; '' when there is no such masthead. */
export function orderMasthead(lines: string[], at: number): string {
  if (!/^第\d{1,5}号$/.test((lines[at] ?? '').replace(/\s+/g, ''))) return '';
  const head = (lines[at - 1] ?? '').replace(/\s+/g, '');
  // one organ's order prints its name and 令 on one line (国家质量监督检验检疫总局令 / 第 156 号)
  if (head !== '令') return (head.endsWith('令') && organs(head.slice(0, -1))?.join('、')) || '';
  const names: string[] = [];
  for (let j = at - 2; j >= 0 && names.length < 12; j--) {
    const o = organs(lines[j]!);
    if (!o) break;
    names.unshift(...o);
  }
  return names.join('、');
}

/**
 * The date an order is signed: its promulgation text under the number ends with the signer (局　长　支树平) and a
 * date line of its own, before the document it promulgates. '' when no such line is within a few lines of `at`.
 */
export function orderDate(lines: string[], at: number): string {
  for (const line of lines.slice(at + 1, at + 8)) {
    const date = policyDate(line);
    if (date && line.replace(/\s+/g, '').length <= 12) return date;
  }
  return '';
}

/** The head of an organ signing by office, without a name (某某委员会主任, 某某部部长：张某). */
const SIGNER =
  /^(.{2,30}?(?:委员会|部|局|署|院|行|会|办公室|总局))(?:主任|部长|局长|署长|院长|行长|主席|会长|总理|委员长|主任委员)(?:[：:\s].{0,8})?$/;

/**
 * An order whose masthead (某某委员会令) is an image, kept only as a picture by the page or print it came from: the
 * bare 第N号 line heads the promulgation text (…审议通过，现予公布…), which the organ's head signs by office. The
 * organ issues it, numbered 令第N号 as its masthead reads. null when the lines after `at` are no such text.
 */
export function bareOrder(lines: string[], at: number): { issuer: string; docNumber: string } | null {
  const n = /^第(\d{1,5})号$/.exec((lines[at] ?? '').replace(/\s+/g, ''));
  if (!n || !/(?:审议通过|决定通过|审议批准)[^。]{0,6}现予(?:公布|发布)/.test(lines[at + 1] ?? '')) return null;
  for (const line of lines.slice(at + 2, at + 5)) {
    const organ = SIGNER.exec(line.trim())?.[1];
    const names = organ ? organs(organ) : null;
    if (names) return { issuer: names.join('、'), docNumber: `令第${n[1]}号` };
  }
  return null;
}
