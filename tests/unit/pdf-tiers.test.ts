/**
 * An English report set with bold heads in tiers told only by their type (bigger, then body size, then indented), and
 * a quotation set as an indented justified block: the heads nest as a reader sees them, the quotation is a paragraph.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../utils/extract';
import { pagesToDocument, type TextLine } from '../../utils/pdf';
import { line, page } from '../helpers/pdf-items';

const doc = () => new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>').window.document;
const WORDS = 'the office reviewed how the new rules apply to libraries archives and schools across the country and ';

/** A body paragraph at 12pt in the column 80–500: first line indented three ems, the others full, the last short. */
function prose(y: number, n = 3, p = 1): { lines: TextLine[]; y: number } {
  const lines: TextLine[] = [];
  for (let i = 0; i < n; i++) {
    const x = i === 0 ? 116 : 80;
    const chars = i === n - 1 ? 30 : Math.round((500 - x) / 6);
    const text = (
      WORDS.repeat(3)
        .slice(i * 7, i * 7 + chars)
        .trim() + (i === n - 1 ? '.' : '')
    ).replace(/^./, (c) => c.toUpperCase());
    lines.push({ ...line(text, x, y, p, 12), x2: i === n - 1 ? x + 180 : 500 });
    y += 14;
  }
  return { lines, y: y + 14 };
}

function report(extra: (y: number) => { lines: TextLine[]; y: number } = (y) => ({ lines: [], y })): TextLine[] {
  const out: TextLine[] = [line('Annual Summary of the Copyright Rules', 120, 60, 1, 20, true)];
  let y = 100;
  const head = (text: string, x: number, size: number) => {
    out.push(line(text, x, y, 1, size, true));
    y += 22;
    const p = prose(y);
    out.push(...p.lines);
    y = p.y;
  };
  head('Technical Amendments', 80, 13);
  head('National Eligibility', 80, 12);
  head('Restoration of Protection', 80, 12);
  head('Technological Protection Systems', 80, 13);
  head('Circumvention of Protection Measures', 80, 12);
  const q = extra(y);
  out.push(...q.lines);
  y = q.y;
  head('General approach', 116, 12);
  head('Savings clauses', 116, 12);
  return out;
}

function outline(lines: TextLine[]) {
  const out = extractArticle(pagesToDocument([page(1, lines)], doc(), ''), 'https://example.gov/summary.pdf');
  return out.ok ? out.page.outline.map((h) => [h.level, h.title]) : [];
}

describe('PDF heads in tiers told by type', () => {
  it('nests bold heads by indent, then size: bigger over body size, body size over indented', () => {
    expect(outline(report())).toEqual([
      [1, 'Technical Amendments'],
      [2, 'National Eligibility'],
      [2, 'Restoration of Protection'],
      [1, 'Technological Protection Systems'],
      [2, 'Circumvention of Protection Measures'],
      [3, 'General approach'],
      [3, 'Savings clauses'],
    ]);
  });

  it('reads an indented quotation, justified between both indents, as one paragraph and no heads', () => {
    const quote = (y: number) => {
      const texts = [
        'Contracting Parties shall provide adequate legal protec-',
        'tion and effective legal remedies against the circumven-',
        'tion of effective technological measures that are used',
        'by authors in connection with the exercise of their rights.',
      ];
      const lines = texts.map((t, i) => ({ ...line(t, 170, y + i * 14, 1, 12), x2: i === texts.length - 1 ? 330 : 410 }));
      return { lines, y: y + texts.length * 14 + 14 };
    };
    const lines = report(quote);
    const html = pagesToDocument([page(1, lines)], doc(), '').body.innerHTML;
    expect(html).toContain('<p>Contracting Parties shall provide adequate legal protection and effective');
    expect(outline(lines).map(([, t]) => t)).not.toContain('tion and effective legal remedies against the circumven-');
    expect(outline(lines)).toHaveLength(7);
  });
});
