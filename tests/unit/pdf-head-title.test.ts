/**
 * A Word file printed to PDF with its title typed in the body's size, centred over the text, and no title in the
 * file's properties: the centred line names the document, not the file name.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../utils/extract';
import { pagesToDocument, type TextLine } from '../../utils/pdf';
import { line, page, paragraph } from '../helpers/pdf-items';

const doc = () => new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>').window.document;

const centred = (text: string, y: number): TextLine => {
  const l = line(text, 0, y, 1, 16);
  const w = l.x2 - l.x;
  return { ...l, x: 288 - w / 2, x2: 288 + w / 2 };
};

function notice(head: TextLine[]): TextLine[] {
  const text = paragraph(
    '为规范农村公路养护工作，提升养护管理水平，保障人民群众安全便捷出行，根据有关法律法规，现将有关事项通知如下，请认真贯彻执行。',
    200,
  );
  const more = paragraph('各地要结合实际制定实施细则，明确责任分工，加强督促检查，确保各项措施落到实处，取得实效。', text.y);
  return [...head, line('各区县交通运输局：', 80, 160), ...text.lines, ...more.lines];
}

const title = (lines: TextLine[], properties = '') => {
  const out = extractArticle(pagesToDocument([page(1, lines)], doc(), properties, 'a1b2c3'), 'https://example.gov/files/a1b2c3.pdf');
  return out.ok ? out.page.title : '';
};

describe('a body-size title centred over a PDF text', () => {
  it('titles the document when the file has no title of its own', () => {
    expect(title(notice([centred('关于加强农村公路养护工作的通知', 100)]))).toBe('关于加强农村公路养护工作的通知');
  });

  it('joins a title centred over two lines, and skips a date centred above it', () => {
    const lines = notice([centred('2024年3月5日', 60), centred('关于加强农村公路', 100), centred('养护工作的通知', 120)]);
    expect(title(lines)).toBe('关于加强农村公路养护工作的通知');
  });

  it('yields to the title in the file properties', () => {
    expect(title(notice([centred('关于加强农村公路养护工作的通知', 100)]), '农村公路养护通知（印发稿）')).toBe(
      '农村公路养护通知（印发稿）',
    );
  });

  it('leaves the file name when the centred head is only a date', () => {
    expect(title(notice([centred('2024年3月5日', 100)]))).toBe('a1b2c3');
  });
});
