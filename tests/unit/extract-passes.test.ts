import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ALL_MARKS } from '../../utils/dom/marks';
import { AFTER_READABILITY, AFTER_TITLE, BEFORE_READABILITY, extractArticle } from '../../utils/extract';
import { extractFromHtml } from '../../scripts/lib/dom';
import { PAGES_DIR } from '../helpers/fixtures';

const ALL = [...BEFORE_READABILITY, ...AFTER_READABILITY, ...AFTER_TITLE];
const PARA = '<p>为进一步规范本市节能工作，推进资源节约，现将有关事项通知如下，请各单位认真贯彻执行并及时报告进展情况。</p>';

describe('the pass table', () => {
  it('names for every pass a fixture page or unit test that exists', () => {
    for (const p of ALL) {
      const found = existsSync(join(PAGES_DIR, p.fixture, 'source.html')) || existsSync(join(import.meta.dirname, p.fixture));
      expect(found, `${p.name}: ${p.fixture}`).toBe(true);
    }
  });

  it('declares only marks of utils/dom/marks', () => {
    for (const p of ALL) for (const m of p.marks ?? []) expect(ALL_MARKS).toContain(m);
  });

  it('stores no data-cm-* mark even when the caller sanitises later', () => {
    const html = `<html><head><title>通知</title></head><body><div id="c"><p style="text-align:center">第一章　总则</p>${PARA.repeat(2)}
      <p><span style="font-weight:bold">第二章　节能</span></p>${PARA.repeat(2)}</div></body></html>`;
    const out = extractArticle(new JSDOM(html).window.document, 'https://www.example.gov.cn/a.html');
    expect(out.ok).toBe(true);
    if (out.ok) {
      expect(out.page.outline.map((e) => e.title)).toEqual(['总则', '节能']);
      expect(out.page.html).not.toMatch(/data-cm-/);
    }
  });

  it('keeps the gov.cn metadata table out of the article text (policy-meta-tables)', () => {
    const table =
      '<table><tr><td>索 引 号：</td><td>000014349/2024-00012</td><td>主题分类：</td><td>城乡建设</td></tr>' +
      '<tr><td>发文机关：</td><td>某市人民政府</td><td>成文日期：</td><td>2024年03月01日</td></tr>' +
      '<tr><td>发文字号：</td><td>某政发〔2024〕3号</td><td>发布日期：</td><td>2024年03月05日</td></tr></table>';
    const html = `<html><head><title>某市节能办法</title></head><body><div id="c">${table}${PARA.repeat(5)}</div></body></html>`;
    const out = extractFromHtml(html, 'https://www.example.gov.cn/a.html');
    expect(out.ok).toBe(true);
    if (out.ok) {
      expect(out.page.policy.docNumber).toBe('某政发〔2024〕3号');
      expect(out.page.text).not.toContain('索 引 号');
      expect(out.page.text).toContain('推进资源节约');
    }
  });
});
