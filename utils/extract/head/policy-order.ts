/**
 * A joint order's masthead: its organs printed one a line above a bare 令 and the order's number
 * (国家互联网信息办公室 / 中华人民共和国教育部 / … / 令 / 第15号). They issue it, all of them, as printed.
 */
import { organs } from './policy-signature';

/** The organs above the 令 line over the order number at `at`, joined with 、; '' when there is no such masthead. */
export function orderMasthead(lines: string[], at: number): string {
  if (!/^第\d{1,5}号$/.test(lines[at] ?? '') || (lines[at - 1] ?? '').replace(/\s+/g, '') !== '令') return '';
  const names: string[] = [];
  for (let j = at - 2; j >= 0 && names.length < 12; j--) {
    const o = organs(lines[j]!);
    if (!o) break;
    names.unshift(...o);
  }
  return names.join('、');
}
