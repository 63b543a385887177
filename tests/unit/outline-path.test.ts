import { describe, expect, it } from 'vitest';
import { extractFromHtml, parseHtml } from '../../scripts/lib/dom';
import { entryLabel, headingOffsets, outlinePathAt } from '../../utils/outline/path';
import { buildTextMap } from '../../utils/anchoring/dom/text-map';
import type { OutlineEntry } from '../../utils/model';
import { pageCases } from '../helpers/fixtures';

const e = (level: number, label: string | null, title: string, preview = ''): OutlineEntry => ({
  level,
  label,
  title,
  preview,
  anchor: '',
});

describe('outlinePathAt', () => {
  const text = '目录 第一章 总则 第一条\n第一章 总 则\n第一条 为了规范。\n第二条 适用范围。\n第二章 附则\n第三条 本办法自公布之日起施行。';
  const outline = [
    e(1, '第一章', '总则'),
    e(2, '第一条', '', '为了规范。'),
    e(2, '第二条', '', '适用范围。'),
    e(1, '第二章', '附则'),
    e(2, '第三条', '', '本办法自公布…'),
  ];

  it('finds headings at line starts, in order, ignoring whitespace inside them', () => {
    const offs = headingOffsets(text, outline);
    expect(offs.map((o) => text.slice(o, o + 3))).toEqual(['第一章', '第一条', '第二条', '第二章', '第三条']);
    expect(offs[0]).toBe(text.indexOf('\n') + 1); // not the table of contents
  });

  it('gives the enclosing entries, outermost first', () => {
    const offs = headingOffsets(text, outline);
    expect(outlinePathAt(outline, offs, text.indexOf('规范'))).toEqual(['第一章 总则', '第一条']);
    expect(outlinePathAt(outline, offs, text.indexOf('公布之日'))).toEqual(['第二章 附则', '第三条']);
    expect(outlinePathAt(outline, offs, text.indexOf('附则'))).toEqual(['第二章 附则']);
    expect(outlinePathAt(outline, offs, 0)).toEqual([]);
  });

  it('labels entries as a reader would', () => {
    expect(entryLabel(e(1, '一、', '总体要求'))).toBe('一、总体要求');
    expect(entryLabel(e(2, '（一）', '工作目标'))).toBe('（一）工作目标');
    expect(entryLabel(e(1, 'Section 4', 'Duties'))).toBe('Section 4 Duties');
    expect(entryLabel(e(2, null, '', '各地要…'))).toBe('各地要…');
  });

  it('works on a fixture page with the outline extraction gives', () => {
    const c = pageCases((n) => n === 'zh-law-in-notice')[0]!;
    const url = 'https://www.example.gov.cn/law.html';
    const r = extractFromHtml(c.html, url);
    if (!r.ok) throw new Error('no article');
    const map = buildTextMap(parseHtml(c.html, url).window.document.body);
    const offs = headingOffsets(map.text, r.page.outline);
    const at = map.text.indexOf('种植高秆农作物');
    expect(outlinePathAt(r.page.outline, offs, at)).toEqual(['某省河道管理办法', '第二章 河道整治与建设', '第五条']);
  });
});
