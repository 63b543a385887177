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
});
