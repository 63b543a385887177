import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../scripts/lib/dom';
import { pageCases } from '../helpers/fixtures';

interface Expected {
  url: string;
  title?: string;
  siteName?: string;
  byline?: string;
  lang?: string;
  publishedTime?: string;
  canonicalUrl?: string;
  contains?: string[];
  excludes?: string[];
  htmlContains?: string[];
  error?: string;
  fulltextContains?: string[];
  /** posts of a post list the article leaves out; the 'allposts' clip then holds all of `excludes`' post text */
  postsLeftOut?: number;
  allPostsContains?: string[];
  /** [level, label, title] per entry, in order */
  outline?: Array<[number, string | null, string]>;
  /** policy metadata fields that must be read (others are not checked) */
  policy?: Record<string, string>;
}

describe('extractArticle on fixture pages', () => {
  for (const c of pageCases()) {
    const exp = c.expected as unknown as Expected;
    it(c.name, () => {
      const out = extractFromHtml(c.html, exp.url);
      if (exp.error) {
        expect(out.ok).toBe(false);
        if (!out.ok) expect(out.code).toBe(exp.error);
        const full = extractFromHtml(c.html, exp.url, { mode: 'fulltext' });
        expect(full.ok).toBe(true);
        if (full.ok) for (const s of exp.fulltextContains ?? []) expect(full.page.text).toContain(s);
        return;
      }
      expect(out.ok, out.ok ? '' : out.message).toBe(true);
      if (!out.ok) return;
      const p = out.page;
      for (const key of ['title', 'siteName', 'byline', 'lang', 'publishedTime', 'canonicalUrl'] as const) {
        if (exp[key] !== undefined) expect(p[key], key).toBe(exp[key]);
      }
      for (const s of exp.contains ?? []) expect(p.text).toContain(s);
      for (const s of exp.excludes ?? []) expect(p.text).not.toContain(s);
      for (const s of exp.htmlContains ?? []) expect(p.html).toContain(s);
      expect(p.postsLeftOut, 'posts left out').toBe(exp.postsLeftOut ?? 0);
      if (exp.allPostsContains) {
        const all = extractFromHtml(c.html, exp.url, { mode: 'allposts' });
        expect(all.ok && all.page.postsLeftOut).toBe(0);
        for (const s of exp.allPostsContains) expect(all.ok && all.page.text).toContain(s);
      }
      expect(p.html).not.toMatch(/<script|javascript:/i);
      expect(p.html, 'a held javascript: link left in the article').not.toContain('clausemark.invalid');
      for (const [k, v] of Object.entries(exp.policy ?? {})) expect(p.policy[k as keyof typeof p.policy], k).toBe(v);
      if (exp.outline) {
        expect(p.outline.map((e) => [e.level, e.label, e.title])).toEqual(exp.outline);
        // every entry has an anchor present in the stored html
        for (const e of p.outline) expect(p.html).toContain(`id="${e.anchor}"`);
      }
    });
  }
});

describe('extractArticle limits', () => {
  it('refuses pages over the element cap with a clear message and still allows the full text', () => {
    const html = `<html><body><article>${'<p>段落内容，政策文件正文。</p>'.repeat(300)}</article></body></html>`;
    const out = extractFromHtml(html, 'https://example.gov.cn/a', { maxElements: 100 });
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.code).toBe('too-large');
      expect(out.message).toMatch(/whole visible text/);
    }
    const full = extractFromHtml(html, 'https://example.gov.cn/a', { mode: 'fulltext', maxElements: 100 });
    expect(full.ok).toBe(true);
  });

  it("keeps a very short CJK notice that falls under Readability's default length threshold", () => {
    const html = `<html><head><title>关于端午节放假的通知_某市人民政府</title></head><body><div class="nav"><a href="/">首页</a></div>
      <div id="content"><p>各区人民政府，市政府各部门：</p><p>端午节放假1天，6月10日放假，与周末连休。请各单位做好值班工作。</p><p>某市人民政府办公厅</p></div></body></html>`;
    const out = extractFromHtml(html, 'https://www.example.gov.cn/tz/1.html');
    expect(out.ok).toBe(true);
    if (out.ok) {
      expect(out.page.text).toContain('端午节放假1天');
      expect(out.page.title).toBe('关于端午节放假的通知');
    }
  });
});

describe('the title line at the top of the article', () => {
  const extract = (body: string, title: string) => {
    const out = extractFromHtml(
      `<html><head><title>${title}</title></head><body><div id="main">${body}</div></body></html>`,
      'https://example.org/a',
    );
    if (!out.ok) throw new Error(out.message);
    return out.page.text;
  };
  const prose =
    '<p>The second paragraph says more about the subject, with enough words for an article finder to take it as the main text of the page.</p>'.repeat(
      3,
    );

  it('drops a wrapper that holds only the title (a one-cell table, p > span)', () => {
    const text = extract(`<table><tr><td><b>Harbour bridge reopens</b></td></tr></table>${prose}`, 'Harbour bridge reopens');
    expect(text.startsWith('The second paragraph')).toBe(true);
    expect(extract(`<p><span>Harbour bridge reopens</span></p>${prose}`, 'Harbour bridge reopens').startsWith('The second')).toBe(true);
    expect(extract(`<div><strong>Harbour bridge reopens</strong>\n${prose}</div>`, 'Harbour bridge reopens').startsWith('The second')).toBe(
      true,
    );
  });

  it('never cuts the title out of the first sentence', () => {
    const text = extract(
      `<p>In mathematics, a <b>Hermitian matrix</b> (or self-adjoint matrix) is a complex square matrix equal to its own conjugate transpose.</p>${prose}`,
      'Hermitian matrix',
    );
    expect(text).toContain('a Hermitian matrix (or self-adjoint matrix)');
  });
});
