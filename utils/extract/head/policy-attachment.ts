/**
 * The 文号 some pages print only in the label of the attached file (`某交易〔2024〕57号_附件：….docx`,
 * `…规则（试行）某监能市场[2018]497号.pdf`): the notice's own number, when the page states it nowhere else.
 */
import { isDocNumber, normaliseDocNumber } from './policy-values';
import { squash } from '../../dom/blocks';

// An attached file, by its address or by the name its label prints.
const FILE = /\.(?:pdf|docx?|wps|ofd|xlsx?|zip|rar)(?:$|[?#])/i;
// A 文号 in a label: a short prefix (not run on from the file's title) + year in brackets + number.
const IN_LABEL = /(?:^|[^\u4e00-\u9fa5A-Za-z])([\u4e00-\u9fa5A-Za-z]{2,12}\s*[[【(（〔［]\s*\d{4}\s*[\]】)）〕］]\s*第?\s*\d{1,5}\s*号)/;

/** The one 文号 the page's attachment links carry; '' when none, or when they carry different ones (a list). */
export function attachmentDocNumber(doc: Document): string {
  const found = new Set<string>();
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const label = squash(a.textContent ?? '');
    if (!FILE.test(a.getAttribute('href') ?? '') && !FILE.test(label)) continue;
    const m = IN_LABEL.exec(label);
    const n = m ? normaliseDocNumber(m[1]!) : '';
    if (isDocNumber(n)) found.add(n);
  }
  return found.size === 1 ? [...found][0]! : '';
}
