// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { CjkReadability, overridesReadability } from '../../utils/extract/cjk-readability';
import { PAGES_DIR } from '../helpers/fixtures';

const PHOTO_POST = readFileSync(join(PAGES_DIR, 'zh-photo-post-body', 'source.html'), 'utf8');

function parse(Ctor: typeof Readability, html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return new Ctor(doc, { charThreshold: 100 }).parse()?.textContent ?? '';
}

const para = (n: number) => `<p>${'这是正文的一段，讲述城市更新的做法，'.repeat(3)}第${n}段。</p>`;
const reply = (i: number) =>
  `<li><img src="/face/${i}.gif"><a href="/thread?id=${i}">旅行中，谁忽悠了你，说说你的经历？</a>【<a href="/u/${i}">版主${i}</a>】08-11 16:0${i} 298字`;
const THREAD = `<html><body><table><tr><td>${para(1)}${para(2)}${para(3)}${para(4)}
  <table><tr><td><b>回复线索：</b></td></tr></table><table><tr><td><ul>${[1, 2, 3, 4, 5, 6].map(reply).join('')}</ul></td></tr></table>
</td></tr></table></body></html>`;

describe('CjkReadability', () => {
  it('overrides a helper the pinned Readability still has', () => {
    expect(overridesReadability()).toBe(true);
  });

  it('keeps a post body whose text has many ，but few ASCII commas, next to its photos (plain Readability drops it)', () => {
    expect(parse(Readability, PHOTO_POST)).not.toContain('清晨六点推开窗');
    const ours = parse(CjkReadability, PHOTO_POST);
    expect(ours).toContain('清晨六点推开窗');
    expect(ours).toContain('坐长江索道过江');
  });

  it('still cleans a list of linked reply titles, however many ，its snippets hold', () => {
    for (const Ctor of [Readability, CjkReadability]) {
      const text = parse(Ctor, THREAD);
      expect(text).toContain('第4段');
      expect(text).not.toContain('谁忽悠了你');
    }
  });

  it('answers its byline, empty-element and link-density checks as Readability does, without reading every element whole', () => {
    const doc = new DOMParser().parseFromString(
      `<body><div class="byline">By Jane Roe</div><p rel="author"> </p><span itemprop="author name">某某</span>
        <div class="author">${'很长的作者说明。'.repeat(20)}</div><div id="x"> <br> <hr> </div><div>\u3000\u00a0</div>
        <section><!-- c --><br></section><h2> <b> </b></h2><div><img src="a.png"></div><p>正文<a href="#x">链接</a><a href="/y">另一个</a></p></body>`,
      'text/html',
    );
    const ours = new CjkReadability(doc) as unknown as Record<string, (...a: unknown[]) => unknown>;
    const theirs = new Readability(doc) as unknown as Record<string, (...a: unknown[]) => unknown>;
    const els = [doc.body, ...Array.from(doc.body.querySelectorAll('*'))];
    for (const el of els) {
      const match = `${el.className} ${el.id}`;
      expect(ours._isValidByline!(el, match)).toBe(theirs._isValidByline!(el, match));
      expect(ours._isElementWithoutContent!(el)).toBe(theirs._isElementWithoutContent!(el));
      expect(ours._getLinkDensity!(el)).toBe(theirs._getLinkDensity!(el));
    }
    // the document has both kinds: the comparison above is not vacuous
    expect(els.filter((el) => ours._isValidByline!(el, el.className)).length).toBeGreaterThan(0);
    expect(els.filter((el) => ours._isElementWithoutContent!(el)).length).toBeGreaterThan(0);
    expect(els.filter((el) => (ours._getLinkDensity!(el) as number) > 0).length).toBeGreaterThan(0);
  });
});
