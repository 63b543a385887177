import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { watchChanges } from '../../utils/anchoring/dom/observe';
import { createPainter, PAINTED_ATTR } from '../../utils/reader/paint';
import { buildTextMap, offsetsToRange } from '../../utils/anchoring/dom/text-map';

const PAGE =
  '<!doctype html><html><head></head><body><p id="a">第一条 为了加强<b>河道</b>管理。</p><p id="b">第二条 本办法适用于全省。</p></body></html>';
const load = () => parseHtml(PAGE, 'https://example.gov.cn/a.html').window.document;
const rangeOf = (d: Document, quote: string) => {
  const map = buildTextMap(d.body);
  const s = map.text.indexOf(quote);
  return offsetsToRange(map, d, s, s + quote.length)!;
};

describe('createPainter with the CSS Custom Highlight API', () => {
  it('registers one Highlight per colour and never touches the page DOM', () => {
    const d = load();
    const registry = new Map<string, { ranges: Range[] }>();
    Object.assign(d.defaultView!, {
      CSS: { highlights: registry },
      Highlight: class {
        ranges: Range[];
        constructor(...r: Range[]) {
          this.ranges = r;
        }
      },
    });
    const html = d.body.innerHTML;
    const p = createPainter(d);
    expect(p.mode).toBe('css');
    p.paint([
      { id: '1', color: 'yellow', range: rangeOf(d, '加强河道管理') },
      { id: '2', color: 'yellow', range: rangeOf(d, '本办法') },
      { id: '3', color: 'blue', range: rangeOf(d, '全省') },
    ]);
    expect([...registry.keys()].sort()).toEqual(['clausemark-blue', 'clausemark-yellow']);
    expect(registry.get('clausemark-yellow')!.ranges.map(String)).toEqual(['加强河道管理', '本办法']);
    expect(d.body.innerHTML).toBe(html);
    expect(d.documentElement.getAttribute(PAINTED_ATTR)).toBe('3');
    expect(d.head.querySelector('style')!.textContent).toContain('::highlight(clausemark-pink)');
    expect(p.rangeOf('3')!.toString()).toBe('全省');
    p.paint([{ id: '2', color: 'green', range: rangeOf(d, '本办法') }]);
    expect([...registry.keys()]).toEqual(['clausemark-green']);
    p.clear();
    expect(registry.size).toBe(0);
    expect(d.head.querySelectorAll('style')).toHaveLength(1);
  });
});

describe('createPainter fallback with <mark>', () => {
  it('wraps text pieces across elements, keeps the text, and unwraps to the original DOM', () => {
    const d = load();
    const html = d.body.innerHTML;
    const text = buildTextMap(d.body).text;
    const p = createPainter(d);
    expect(p.mode).toBe('marks');
    p.paint([
      { id: 'h1', color: 'pink', range: rangeOf(d, '加强河道管理') },
      { id: 'h2', color: 'yellow', range: rangeOf(d, '适用') },
    ]);
    const marks = Array.from(d.querySelectorAll('mark.clausemark-mark'));
    expect(marks.map((m) => m.textContent)).toEqual(['加强', '河道', '管理', '适用']);
    expect(marks[1]!.parentElement!.tagName).toBe('B');
    expect(buildTextMap(d.body).text).toBe(text);
    expect(p.hit({ target: marks[1] } as unknown as MouseEvent)).toBe('h1');
    expect(p.rangeOf('h1')!.toString()).toBe('加强河道管理');
    p.clear();
    expect(d.body.innerHTML).toBe(html);
  });
});

describe('watchChanges', () => {
  it('repaints once after a burst of page changes and ignores our own', async () => {
    const d = load();
    let calls = 0;
    const w = watchChanges(d.body, () => calls++, 20);
    const p = createPainter(d);
    w.quietly(() => p.paint([{ id: 'x', color: 'yellow', range: rangeOf(d, '本办法') }]));
    const ui = d.createElement('div');
    ui.setAttribute('data-clausemark-ui', '');
    d.body.appendChild(ui);
    await new Promise((r) => setTimeout(r, 60));
    expect(calls).toBe(0);
    d.body.insertAdjacentHTML('afterbegin', '<p>新增的段落</p>');
    d.querySelector('#b')!.firstChild!.nodeValue = '第二条 本规定';
    await new Promise((r) => setTimeout(r, 60));
    expect(calls).toBe(1);
    w.disconnect();
  });
});
