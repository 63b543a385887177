import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { buildTextMap, offsetsToRange, rangeToOffsets, UI_ATTR } from '../../utils/anchoring/dom/text-map';

const PAGE = `<!doctype html><html><head><title>T</title><style>.gone { display: none }</style>
<script>var x = "脚本文字";</script></head><body>
<nav aria-hidden="true">首页 导航</nav>
<h1>  某省河道管理办法 </h1>
<div class="gone"><p>移动版重复内容</p></div>
<div ${UI_ATTR}>Clausemark toolbar</div>
<p id="a">第一条\u3000为了加强<b>河道</b>管理，
   保障防洪安全。</p>
<p id="b" hidden>旧版本</p>
<p id="c">第二条 <span style="display:none">隐藏</span>本办法<i>适用于</i>全省。<br>第二款&nbsp;&nbsp;另起一行。</p>
<template><p>模板</p></template><noscript>请启用脚本</noscript>
</body></html>`;

const load = (html = PAGE) => parseHtml(html, 'https://example.gov.cn/a.html').window.document;

describe('buildTextMap', () => {
  it('keeps visible text only, with one space per whitespace run and one newline per block or <br>', () => {
    const { text } = buildTextMap(load().body);
    expect(text).toBe('某省河道管理办法\n第一条 为了加强河道管理， 保障防洪安全。\n第二条 本办法适用于全省。\n第二款 另起一行。');
  });

  it('gives the same text every time for the same page', () => {
    expect(buildTextMap(load().body).text).toBe(buildTextMap(load().body).text);
  });

  it('does not count <mark> wrappers or split text nodes as changes', () => {
    const d = load();
    const before = buildTextMap(d.body).text;
    const b = d.querySelector('#a b')!;
    const t = b.firstChild as Text;
    t.splitText(1);
    const mark = d.createElement('mark');
    b.insertBefore(mark, b.firstChild);
    mark.appendChild(b.childNodes[1]!);
    expect(buildTextMap(d.body).text).toBe(before);
  });
});

describe('buildTextMap cost', () => {
  it('asks for the computed style only of elements that could add text or a break', () => {
    const d = load('<body><p>第一条 <img src="a.png"><span></span><i class="icon"></i>本法<br>所称</p><div></div></body>');
    const asked: string[] = [];
    const { text } = buildTextMap(d.body, { isHidden: (el) => (asked.push(el.tagName), false) });
    expect(text).toBe('第一条 本法\n所称');
    // Empty inline elements (images, icons) add nothing hidden or not; an empty block or a <br> adds a break.
    expect(asked).toEqual(['BODY', 'P', 'BR', 'DIV']);
  });

  it("collapses every kind of whitespace run across text nodes, keeping each character's own offset", () => {
    const d = load('<body><p>\u3000 A\u00a0\u00a0b\t\u200b<b> \ufeffc\u2003</b>d \n</p></body>');
    const map = buildTextMap(d.body, { isHidden: () => false });
    expect(map.text).toBe('A b c d');
    expect(map.segments.map((s) => [...s.offsets])).toEqual([[2, 3, 5, 6], [2, 3], [0]]);
  });
});

describe('ranges ↔ offsets', () => {
  it('maps a range across elements to offsets and back to the same text', () => {
    const d = load();
    const map = buildTextMap(d.body);
    const r = d.createRange();
    const a = d.querySelector('#a')!;
    r.setStart(a.firstChild!, 4); // 为
    r.setEnd(a.lastChild!, 3); // after "管理，"
    expect(r.toString()).toBe('为了加强河道管理，');
    const offs = rangeToOffsets(map, r)!;
    expect(map.text.slice(offs.start, offs.end)).toBe('为了加强河道管理，');
    const back = offsetsToRange(map, d, offs.start, offs.end)!;
    expect(back.toString()).toBe('为了加强河道管理，');
  });

  it('skips hidden text inside a range and trims whitespace at its ends', () => {
    const d = load();
    const map = buildTextMap(d.body);
    const c = d.querySelector('#c')!;
    const r = d.createRange();
    r.setStart(c.firstChild!, 3); // the space after 第二条
    r.setEndAfter(c.querySelector('i')!);
    const offs = rangeToOffsets(map, r)!;
    expect(map.text.slice(offs.start, offs.end)).toBe('本办法适用于');
  });

  it('turns element boundary points into offsets', () => {
    const d = load();
    const map = buildTextMap(d.body);
    const r = d.createRange();
    r.selectNodeContents(d.querySelector('#c')!);
    const offs = rangeToOffsets(map, r)!;
    expect(map.text.slice(offs.start, offs.end)).toBe('第二条 本办法适用于全省。\n第二款 另起一行。');
    const back = offsetsToRange(map, d, offs.start, offs.end)!;
    expect(back.startContainer).toBe(d.querySelector('#c')!.firstChild);
    expect(back.toString()).toContain('第二款');
  });

  it('round-trips every span of the text: offsets → Range → offsets', () => {
    const d = load();
    const map = buildTextMap(d.body);
    for (let s = 0; s < map.text.length; s += 3) {
      for (const len of [1, 5, 17]) {
        const e = Math.min(map.text.length, s + len);
        const r = offsetsToRange(map, d, s, e);
        const want = map.text.slice(s, e).trim();
        if (!want) continue;
        expect(r, `${s}-${e}`).not.toBeNull();
        const o = rangeToOffsets(map, r!)!;
        expect(map.text.slice(o.start, o.end), `${s}-${e}`).toBe(want);
      }
    }
  });

  it('returns null for a span that holds only a synthetic break, or for a collapsed range', () => {
    const d = load();
    const map = buildTextMap(d.body);
    const nl = map.text.indexOf('\n');
    expect(offsetsToRange(map, d, nl, nl + 1)).toBeNull();
    const r = d.createRange();
    r.setStart(d.querySelector('#a')!.firstChild!, 2);
    expect(rangeToOffsets(map, r)).toBeNull();
  });

  it('maps a point inside hidden text to the next visible text', () => {
    const d = load();
    const map = buildTextMap(d.body);
    const r = d.createRange();
    r.setStart(d.querySelector('#b')!.firstChild!, 1);
    r.setEnd(d.querySelector('#c i')!.firstChild!, 2);
    const o = rangeToOffsets(map, r)!;
    expect(map.text.slice(o.start, o.end)).toBe('第二条 本办法适用');
  });
});
