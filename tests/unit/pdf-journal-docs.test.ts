import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { pagesToDocument } from '../../utils/pdf';
import { ownDocument } from '../../utils/pdf/journal-docs';
import { line, page } from '../helpers/pdf-items';

const body = (what: string, n: number, y: number, p: number) =>
  Array.from({ length: n }, (_, i) => line(`${what} text of the notice, line ${i}, set in the column as printed.`, 45, y + i * 10, p, 9));

/** The last page of a Federal Register rule: its end, its filing line, and the next document's opening. */
function lastPage() {
  return [
    ...body('Own', 30, 60, 2),
    line('Issued on August 3, 2020.', 53, 370, 2, 8),
    line('[FR Doc. 2020–17221 Filed 8–5–20; 8:45 am]', 45, 380, 2, 7),
    line('BILLING CODE 4910–13–P', 45, 390, 2, 6, true),
    line('DEPARTMENT OF TRANSPORTATION', 45, 420, 2, 9, true),
    line('Airworthiness Directives; Pilatus Aircraft Ltd. Airplanes', 45, 440, 2, 9, true),
    ...body('Next', 5, 460, 2),
  ];
}

describe("a journal's documents printed back to back", () => {
  it("keeps the document with the most text and drops the next one's opening after the filing line", () => {
    const out = ownDocument([...body('Own', 30, 60, 1), ...lastPage()]).map((l) => l.text);
    expect(out).toContain('[FR Doc. 2020–17221 Filed 8–5–20; 8:45 am]');
    expect(out.some((t) => /Pilatus|^Next|BILLING/.test(t))).toBe(false);
  });

  it("drops the document before's end on the first page too", () => {
    const first = [
      ...body('Before', 4, 60, 1),
      line('[FR Doc. 2020–17100 Filed 8–5–20; 8:45 am]', 45, 110, 1, 7),
      line('BILLING CODE 4910–13–P', 45, 120, 1, 6, true),
      ...body('Own', 40, 150, 1),
    ];
    const out = ownDocument([...first, ...lastPage()]).map((l) => l.text);
    expect(out.some((t) => t.startsWith('Before'))).toBe(false);
    expect(out.filter((t) => t.startsWith('Own'))).toHaveLength(70);
  });

  it('leaves a PDF without filing lines alone, and the reflowed document has no next document', () => {
    const lines = body('Own', 10, 60, 1);
    expect(ownDocument(lines)).toBe(lines);
    const doc = pagesToDocument([page(1, body('Own', 30, 60, 1)), page(2, lastPage())], new JSDOM('').window.document, 'x');
    expect(doc.body.textContent).not.toContain('Pilatus');
  });
});
