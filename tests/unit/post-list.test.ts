// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findPosts, keepFirstPost } from '../../utils/extract/passes/post-list';
import { visibleChars } from '../../utils/dom/blocks';

const prose = (n: number, word = '今天的记录写得很长。') => word.repeat(Math.ceil(n / word.length));

const body = (html: string) => {
  document.body.innerHTML = html;
  return document.body;
};
const posts = (html: string) => findPosts(document.body, visibleChars(body(html)));

const post = (title: string, stamp: string, chars: number, tag = 'article') =>
  `<${tag} class="post"><h2 class="entry-title"><a href="/p/${title}">${title}</a></h2><span>${stamp}</span><p>${prose(chars)}</p></${tag}>`;

describe('post lists (blog front pages, thread views)', () => {
  it('finds three or more titled, stamped posts that make up the page, in page order', () => {
    const found = posts(
      `<main>${post('其一', '2024-10-20 21:05', 400)}${post('其二', '2024年10月15日 08:42', 300)}${post('其三', '2024/10/02 19:16:47', 300)}</main>`,
    );
    expect(found?.map((p) => p.querySelector('h2')?.textContent)).toEqual(['其一', '其二', '其三']);
  });

  it('keeps the first post, removes the others and names the clip after the kept one', () => {
    const root = body(
      `<main>${post('第一篇', '2024-10-20 21:05', 400)}${post('第二篇', '2024-10-15 08:42', 300)}${post('第三篇', '2024-10-02 19:16', 300)}</main>`,
    );
    expect(keepFirstPost(root, visibleChars(root))).toEqual({ leftOut: 2, title: '第一篇' });
    expect(root.querySelectorAll('article')).toHaveLength(1);
    expect(keepFirstPost(root, visibleChars(root))).toEqual({ leftOut: 0, title: '' });
  });

  it('is not fooled by an article’s comments: stamped and long, but without titles', () => {
    const comment = `<div class="comment"><span class="author">读者</span><span class="time">2024-10-20 21:05</span><p>${prose(250)}</p></div>`;
    expect(posts(`<article><h1>标题</h1><p>${prose(300)}</p></article><section>${comment.repeat(6)}</section>`)).toBeNull();
  });

  it('is not fooled by a news list: the first item is a headline and a short summary, not prose', () => {
    const item = `<li><h3 class="title"><a href="/n/1">一条新闻的标题</a></h3><span>2024-10-20 21:05</span><p>${prose(60)}</p></li>`;
    expect(posts(`<ul>${item.repeat(8)}</ul>`)).toBeNull();
  });

  it('needs the posts to be what the page is, not a block beside an article', () => {
    const side = `<aside>${post('其一', '2024-10-20 21:05', 220)}${post('其二', '2024-10-15 08:42', 220)}${post('其三', '2024-10-02 19:16', 220)}</aside>`;
    expect(posts(`<article><h1>正文</h1><p>${prose(2000)}</p></article>${side}`)).toBeNull();
  });

  it('needs three posts of one kind, each stamped with a clock time', () => {
    expect(posts(`<main>${post('其一', '2024-10-20 21:05', 400)}${post('其二', '2024-10-15 08:42', 300)}</main>`)).toBeNull();
    expect(
      posts(
        `<main>${post('其一', '2024-10-20 21:05', 400)}${post('其二', '2024-10-15 08:42', 300)}${post('其三', '2024-10-02 19:16', 300, 'div')}</main>`,
      ),
    ).toBeNull();
    expect(
      posts(
        `<main>${post('其一', '2024年10月20日', 400)}${post('其二', '2024年10月15日', 300)}${post('其三', '2024年10月2日', 300)}</main>`,
      ),
    ).toBeNull();
  });

  it('does not take a time mentioned in running text for a post’s stamp', () => {
    const para = (t: string) => `<div><h3>${t}</h3><p>会议于2024年10月20日 09:30在北京召开，${prose(300)}</p></div>`;
    expect(posts(`<main>${para('一')}${para('二')}${para('三')}</main>`)).toBeNull();
  });
});

describe('post lists in English templates', () => {
  const wp = (title: string, iso: string, chars: number) =>
    `<article class="post"><h2 class="entry-title"><a href="/${title}/">${title}</a></h2>` +
    `<time class="entry-date" datetime="${iso}">November 2, 2024</time><p>${'The tide was low and the light was flat. '.repeat(Math.ceil(chars / 41))}</p></article>`;

  it('takes a <time datetime> as a post’s stamp, and a written-out date with a clock time', () => {
    expect(
      posts(`<main>${wp('one', '2024-11-02T09:14:00+00:00', 400)}${wp('two', '2024-10-26', 300)}${wp('three', '2024-10-20', 300)}</main>`),
    ).toHaveLength(3);
    const written = (t: string) =>
      `<div class="post"><h2>${t}</h2><p class="meta">Posted March 5, 2024 at 9:14 am</p><p>${'Words of the post. '.repeat(20)}</p></div>`;
    expect(posts(`<main>${written('one')}${written('two')}${written('three')}</main>`)).toHaveLength(3);
  });

  it('keeps page order when some posts are stamped in text and others only by <time>', () => {
    const text = (title: string) =>
      `<article class="post"><h2 class="entry-title">${title}</h2><p>Posted 2024-10-26 18:40</p><p>${'Words of the post. '.repeat(20)}</p></article>`;
    const found = posts(`<main>${wp('first', '2024-11-02', 400)}${text('second')}${text('third')}</main>`);
    expect(found?.map((p) => p.querySelector('h2')?.textContent)).toEqual(['first', 'second', 'third']);
  });

  it('does not take related posts under a short post for the page', () => {
    const related = `<section class="related-posts">${wp('one', '2024-11-02', 300)}${wp('two', '2024-10-26', 300)}${wp('three', '2024-10-20', 300)}</section>`;
    expect(posts(`<article><h1>A short post</h1><p>Only a few words here.</p></article>${related}`)).toBeNull();
  });
});
