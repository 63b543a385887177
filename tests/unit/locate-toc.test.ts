/**
 * A law or plan that prints a 目录 before its body: the outline leaves the 目录 out, so an entry must land on the body's
 * heading, not on its line in the 目录 (found in a user trial: clicking 第二章 scrolled to the 目录).
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml, parseHtml } from '../../scripts/lib/dom';
import { headingCount, headingKey, headingOccurrence } from '../../utils/outline/heading-key';
import { locateHeading } from '../../utils/outline/locate';

const URL = 'https://www.example.gov.cn/fg/hedao.html';
const chapters = ['总　　则', '河道整治与建设', '河道保护', '法律责任', '附　　则'];
const article = (n: string) => `<p>第${n}条　县级以上人民政府应当加强对河道管理工作的领导，保障所需经费。</p>`;

function page(toc: (c: string, i: number) => string): string {
  const nums = ['一', '二', '三', '四', '五'];
  const list = chapters.map((c, i) => toc(`第${nums[i]}章　${c}`, i)).join('');
  const body = chapters
    .map(
      (c, i) =>
        `<p id="c${i}" style="text-align:center"><strong>第${nums[i]}章　${c}</strong></p>${article(nums[i]! + '十')}${article(nums[i]! + '十一')}`,
    )
    .join('');
  return `<!doctype html><html><head><title>某省河道管理条例</title></head><body><div id="content"><h1>某省河道管理条例</h1>
<div class="toc"><p style="text-align:center">目　　录</p>${list}</div><div id="body">${body}</div></div></body></html>`;
}

const plain = page((line) => `<p>${line}</p>`);
const linked = page((line, i) => `<p><a href="#c${i}">${line}</a></p>`);

describe('an outline entry on a page with a 目录 before the body', () => {
  for (const [name, html] of [
    ['plain lines', plain],
    ['links', linked],
  ] as const) {
    it(`lands on the body's heading (目录 as ${name})`, () => {
      const r = extractFromHtml(html, URL);
      if (!r.ok) throw new Error(r.message);
      const chaptersInOutline = r.page.outline.filter((e) => e.label?.startsWith('第') && e.label.endsWith('章'));
      expect(chaptersInOutline).toHaveLength(5); // the 目录 is no part of the outline
      const keys = r.page.outline.map(headingKey);
      const doc = parseHtml(html, URL).window.document;
      r.page.outline.forEach((e, i) => {
        const el = locateHeading(doc, e, headingOccurrence(keys, i), headingCount(keys, i));
        expect(el?.closest('#body'), `${e.label}${e.title}`).toBeTruthy();
      });
      // Without the count (as before) the first chapter's line in the 目录 was taken.
      const first = chaptersInOutline[0]!;
      expect(locateHeading(doc, first, 0)?.closest('.toc')).toBeTruthy();
    });
  }
});
