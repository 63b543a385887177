/** The one DOM anchoring entry point, shared by the page's highlighter and the reader (utils/anchoring/dom/place.ts). */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { placeHighlights, readSelection, selectorsForRange } from '../../utils/anchoring/dom/place';
import { buildTextMap, offsetsToRange } from '../../utils/anchoring/dom/text-map';
import type { Highlight, OutlineEntry } from '../../utils/model';

const PAGE =
  '<!doctype html><html><head></head><body><p>第一条 为了加强<b>河道</b>管理。</p><p>第二条 本办法适用于全省。</p></body></html>';
const load = () => parseHtml(PAGE, 'https://example.gov.cn/a.html').window.document;
const OUTLINE = [{ level: 1, label: '第二条', title: '', preview: '本办法适用于全省。' }] as unknown as OutlineEntry[];
const rangeOf = (d: Document, quote: string) => {
  const map = buildTextMap(d.body);
  const s = map.text.indexOf(quote);
  return offsetsToRange(map, d, s, s + quote.length)!;
};
const row = (id: string, selectors: Highlight['selectors'], color = 'green'): Highlight => ({
  id,
  clipId: 'c',
  url: 'u',
  selectors,
  color,
  note: '',
  createdAt: 1,
  updatedAt: 1,
});

describe('anchoring/dom/place', () => {
  it('describes a selection and places it again, with its colour; what has no place is returned apart', () => {
    const d = load();
    const selectors = selectorsForRange(d.body, rangeOf(d, '加强河道管理'), [])!;
    expect(selectors.quote).toBe('加强河道管理');
    const gone = row('gone', { ...selectors, quote: '完全不在页面上的一段文字', prefix: '', suffix: '', start: 900, end: 912 });
    const { placed, missing } = placeHighlights(d.body, [row('a', selectors), gone, row('b', selectors, 'red')]);
    expect(placed.map((p) => [p.id, p.color, p.range.toString()])).toEqual([
      ['a', 'green', '加强河道管理'],
      ['b', 'yellow', '加强河道管理'],
    ]);
    expect(missing).toEqual([gone]);
  });

  it('reads the selection first and takes the outline later (the page highlighter may clip the page in between)', () => {
    const d = load();
    const later = readSelection(d.body, rangeOf(d, '适用于全省'))!;
    d.body.innerHTML = '<p>changed</p>';
    const s = later(OUTLINE);
    expect(s.quote).toBe('适用于全省');
    expect(s.outlinePath.length).toBe(1);
    expect(selectorsForRange(d.body, d.createRange(), [])).toBeNull();
  });
});
