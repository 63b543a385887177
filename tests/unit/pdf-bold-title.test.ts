/**
 * A Word briefing printed to PDF with its title set bold in the body's size at the left margin, under a plain
 * series line, and no title in the file's properties: the bold line names the document, not the file name.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../utils/extract';
import { pagesToDocument, type TextLine } from '../../utils/pdf';
import { line, page, paragraph } from '../helpers/pdf-items';

const doc = () => new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>').window.document;

const bold = (text: string, y: number) => line(text, 80, y, 1, 16, true);

function briefing(head: TextLine[]): TextLine[] {
  const opts = { perLine: 60, indent: 0 };
  const text = paragraph(
    'The county road safety partnership has reviewed the winter gritting routes for the coming season and has agreed the following changes to the priority network from 1 December, which all district teams are asked to apply.',
    200,
    opts,
  );
  const more = paragraph(
    'Teams should confirm their revised routes with the depot managers before the end of November and report any roads they cannot reach on the first morning of frost.',
    text.y + 10,
    opts,
  );
  return [...head, ...text.lines, ...more.lines];
}

const extract = (lines: TextLine[], properties = '') => {
  const out = extractArticle(
    pagesToDocument([page(1, lines)], doc(), properties, 'rs-brief-07'),
    'https://example.org/files/rs-brief-07.pdf',
  );
  if (!out.ok) throw new Error(out.message);
  return out.page;
};

describe('a bold body-size title at the top of a PDF briefing', () => {
  it('titles the document when the file has no title of its own, under a plain series line', () => {
    const page = extract(briefing([line('Road Safety Bulletin', 80, 100), bold('Winter Gritting Routes Update', 130)]));
    expect(page.title).toBe('Winter Gritting Routes Update');
    expect(page.outline.map((h) => h.title)).not.toContain('Winter Gritting Routes Update');
  });

  it('joins a bold title set over two lines', () => {
    const lines = briefing([bold('Winter Gritting Routes and', 100), bold('Priority Network Update', 120)]);
    expect(extract(lines).title).toBe('Winter Gritting Routes and Priority Network Update');
  });

  it('yields to the title in the file properties', () => {
    expect(extract(briefing([bold('Winter Gritting Routes Update', 130)]), 'Gritting briefing 7').title).toBe('Gritting briefing 7');
  });

  it('takes no numbered head, and no bold line under a memo’s address block', () => {
    expect(extract(briefing([bold('1. Winter gritting routes', 130)])).title).toBe('rs-brief-07');
    const memo = [line('To: all district teams', 80, 60), line('From: the highways office', 80, 80), line('Copy: depot managers', 80, 100)];
    expect(extract(briefing([...memo, bold('Winter Gritting Routes Update', 150)])).title).toBe('rs-brief-07');
  });
});
