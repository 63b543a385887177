/** What is no byline on a portal's page: its own name in meta author, a comment box's login (head/meta.ts). */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { readPageInfo } from '../../utils/extract/head/meta';

const info = (head: string, body: string, host = 'money.163.com') =>
  readPageInfo(parseHtml(`<html><head>${head}</head><body>${body}</body></html>`).window.document, host);

const article = '<h1>某某新闻</h1><p>正文第一段，网易报道。</p>';

describe('the byline of a portal’s page', () => {
  it('is not the portal whose channel ends the <title>', () => {
    expect(info('<title>某某新闻_网易财经</title><meta name="author" content="网易">', article).author).toBe('');
  });
  it('is still a person whose name starts a blog’s name', () => {
    expect(info('<title>某某新闻_张三的博客</title><meta name="author" content="张三">', `${article}<p>作者：张三</p>`).author).toBe(
      '张三',
    );
  });
  it('is not the label of a comment box’s login field', () => {
    const login = '<div class="tie-author"><div class="author-name"><input type="text"><div class="author-tips">账号</div></div></div>';
    expect(info('<title>某某新闻</title>', article + login).author).toBe('');
  });
  it('is the account card’s name', () => {
    expect(info('<title>某某新闻</title>', `${article}<div class="author-card"><span class="name">某某观察</span></div>`).author).toBe(
      '某某观察',
    );
  });
});
