import { describe, expect, it } from 'vitest';
import { extractFromHtml, parseHtml } from '../../scripts/lib/dom';
import { capPage, cutText, truncateArticle } from '../../utils/extract/size-cap';
import { DEFAULT_MAX_WORK, measurePage, whyTooLarge } from '../../utils/extract/limits';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS } from '../../utils/extract';
import { makePage } from '../helpers/page';

const URL = 'https://www.gov.cn/a.htm';
const para = (i: number) => `<p>第${i}段：${'规定内容'.repeat(30)}</p>`;

describe('the size cap on a clip', () => {
  it('keeps the first characters of an article and drops everything after them', () => {
    const doc = parseHtml(
      `<div id="a">${Array.from({ length: 10 }, (_, i) => para(i)).join('')}<table><tr><td>尾部</td></tr></table></div>`,
    ).window.document;
    const root = doc.getElementById('a')!;
    expect(truncateArticle(root, 300)).toBe(true);
    expect(root.textContent!.length).toBeLessThanOrEqual(301);
    expect(root.textContent).toContain('第0段');
    expect(root.textContent).not.toContain('尾部');
    expect(root.querySelectorAll('p').length).toBeLessThan(10);
    const whole = parseHtml(`<div id="a">${para(1)}</div>`).window.document.getElementById('a')!;
    expect(truncateArticle(whole, 10_000)).toBe(false);
  });

  it('never splits a surrogate pair', () => {
    expect(cutText('ab𠀀cd', 3)).toBe('ab');
    expect(cutText('ab𠀀cd', 4)).toBe('ab𠀀');
  });

  it('marks an extracted article and a whole-text clip truncated, with text under the cap', () => {
    const html = `<html><head><title>长文</title></head><body><article><h1>长文</h1>${Array.from({ length: 200 }, (_, i) => para(i)).join('')}</article></body></html>`;
    const art = extractFromHtml(html, URL, { maxChars: 5_000 });
    expect(art.ok && art.page.truncated).toBe(true);
    expect(art.ok && art.page.text.length).toBeLessThan(5_200);
    const full = extractFromHtml(html, URL, { mode: 'fulltext', maxChars: 5_000 });
    expect(full.ok && full.page.truncated).toBe(true);
    expect(full.ok && full.page.text.length).toBe(5_001);
    const small = extractFromHtml(html, URL);
    expect(small.ok && small.page.truncated).toBe(false);
  });

  it('is applied again to what a page sent: text cut, oversized html rebuilt from the text', () => {
    const page = makePage({ text: 'x'.repeat(120), html: `<p>${'y'.repeat(50)}</p>` });
    const capped = capPage(page, 100);
    expect(capped.truncated).toBe(true);
    expect(capped.text).toBe(`${'x'.repeat(100)}…`);
    expect(capped.html).toBe(`<p>${'x'.repeat(100)}…</p>`);
    const heavy = capPage(makePage({ text: 'ok', html: `<p class="${'z'.repeat(500)}">ok</p>` }), 100);
    expect(heavy).toMatchObject({ truncated: true, html: '<p>ok</p>' });
    const fine = makePage();
    expect(capPage(fine, 100_000)).toBe(fine);
  });
});

describe('the work cap on the article finder', () => {
  // 290 chains of divs, each ~197 deep: under the element and the depth cap, but 21 s in jsdom uncapped.
  const chains = (n: number, depth: number) =>
    `<!doctype html><html><body>${`${'<div>'.repeat(depth)}<p>text</p>${'</div>'.repeat(depth)}`.repeat(n)}</body></html>`;

  const limits = { maxElements: DEFAULT_MAX_ELEMENTS, maxDepth: DEFAULT_MAX_DEPTH, maxWork: DEFAULT_MAX_WORK };

  it('refuses, at the default caps, the page of many deep chains that both other caps let through', () => {
    // measured on 290 chains of 196 divs: 21 s in jsdom uncapped (57 s for 570 chains of 97 in a chain of 96)
    expect(whyTooLarge({ elements: 57_134, depth: 199, work: 5_770_138 }, limits)?.message).toMatch(
      /57,134 elements nested 101 levels deep on average/,
    );
  });

  it('measures the work of a page and refuses it before Readability runs, offering the whole text', () => {
    const html = chains(30, 150);
    const dom = parseHtml(html);
    const size = measurePage(dom.window.document.documentElement);
    expect(size.work).toBeGreaterThan(30 * 150 * 75);
    const r = extractFromHtml(html, URL, { maxWork: size.work - 1 });
    expect(r).toMatchObject({ ok: false, code: 'too-large', message: expect.stringMatching(/levels deep on average/) });
    expect(extractFromHtml(html, URL, { maxWork: size.work - 1, mode: 'fulltext' }).ok).toBe(true);
  });

  it('lets a big but ordinary page through (the largest of the corpus: a New Zealand Act)', () => {
    expect(whyTooLarge({ elements: 7_544, depth: 26, work: 140_590 }, limits)).toBeNull();
  });
});
