import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fromBackupJson, toMarkdown, toMarkdownZip } from '../../utils/export/index';
import type { Clip } from '../../utils/model';

process.env.TZ = 'Asia/Shanghai'; // "saved" is a local date; the fixtures save at noon UTC anyway

const dir = new URL('../fixtures/export/', import.meta.url);
const bundleOf = (file: string) => fromBackupJson(readFileSync(new URL(file, import.meta.url), 'utf8'));
const sample = bundleOf('../fixtures/backup/sample.json');
const tricky = bundleOf('../fixtures/export/tricky.json');

/** Exact comparison with a stored file; UPDATE_GOLDEN=1 rewrites it (review the diff before committing). */
function golden(name: string, actual: string): void {
  const url = new URL(name, dir);
  if (process.env.UPDATE_GOLDEN) writeFileSync(url, actual);
  expect(existsSync(url), `missing golden file ${name}: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(url, 'utf8'));
}

describe('toMarkdown', () => {
  it.each([
    ['sample', sample],
    ['tricky', tricky],
  ])('matches the golden files for %s', (name, bundle) => {
    const { files } = toMarkdown(bundle);
    golden(
      `${name}-names.json`,
      JSON.stringify(
        files.map((f) => f.name),
        null,
        2,
      ) + '\n',
    );
    files.forEach((f, i) => golden(`${name}-${i + 1}.md`, f.content));
  });

  it('marks highlights inline and gives their notes as footnotes; unplaced ones are listed at the end', () => {
    const [law, biz, news] = toMarkdown(sample).files.map((f) => f.content);
    expect(law).toContain('#### 第三条\n\n==公共数据开放应当遵循需求导向、分类分级、统一标准、安全可控的原则==[^1]。\n');
    expect(law).toContain('[^1]: 四项原则，可与国家层面文件对照。\n');
    expect(law).toContain('[^2]: 例外条款：注意“经权利人同意”的举证责任。\n\n    待核实上位法依据。\n');
    expect(law).toContain('==不得新建独立的开放渠道==。'); // no note, no footnote
    expect(biz).toContain('### （二）压缩审批时限\n\n==一般性企业投资项目审批时间压减至30个工作日以内==[^1]。');
    expect(news).toContain('==政策的生命力在于落实==[^1]。唯有');
    expect(law).not.toMatch(/Note:|## 高亮|## Highlights/);
    const orphan = toMarkdown(tricky).files[0]!.content;
    expect(orphan).toContain('==A numbered line==[^2]'); // its path is gone from the outline; its text is not
  });

  it('leaves no raw HTML, and keeps Markdown syntax in page text inert', () => {
    const md = toMarkdown(tricky).files[0]!.content;
    expect(md).not.toMatch(/(?<!\\)<[a-z/!]/i);
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\n1\\. ==A numbered line==');
    expect(md).toContain('\n\\- a dash line, \\# not a heading, \\$x\\$');
  });

  it('writes YAML front matter that survives quotes, backslashes, newlines and controls', () => {
    const md = toMarkdown(tricky).files[0]!.content;
    expect(md).toContain('title: "Data (Use & Access) Act 2025: Part 1/2 *draft* \\"quoted\\" \\\\ back\\u000aslash #tag"\n');
    expect(md).toContain('collections:\n  - "UK \\"law\\": #1\\u000anew"\n');
    expect(md).toContain('tags:\n  - "UK-law-1-new"\n');
    const clip: Clip = { ...sample.clips[0]!, title: 'a\u0085b\u2028c\ud800d\u0007' };
    const fm = toMarkdown({ ...sample, clips: [clip] }).files[0]!.content.split('\n---\n')[0]!;
    expect(fm).toContain('title: "a\\u0085b\\u2028c\ufffdd\\u0007"');
    // JSON can read a YAML double-quoted scalar made only of \" \\ and \uXXXX escapes
    expect(JSON.parse(/title: (.*)/.exec(fm)![1]!)).toBe('a\u0085b\u2028c\ufffdd\u0007');
  });

  it('names files safely: Chinese kept, forbidden characters gone, at most 80 characters, unique', () => {
    const long = '国务院关于'.repeat(30) + '的通知';
    const titles = [long, long, 'a/b\\c:d*e?f"g<h>i|j#k^l[m]n', 'CON', '...', 'Ab', 'aB', ''];
    const clips = titles.map((title, i) => ({ ...sample.clips[0]!, id: `c${i}`, canonicalUrl: `u${i}`, title }));
    const names = toMarkdown({ clips, bodies: [], highlights: [], collections: [] }).files.map((f) => f.name);
    expect(names[0]).toBe(`${Array.from(long).slice(0, 80).join('')}.md`);
    expect(names[1]).toBe(`${Array.from(long).slice(0, 76).join('')} (2).md`);
    expect(names.slice(2)).toEqual(['a b c d e f g h i j k l m n.md', 'CON_.md', 'untitled.md', 'Ab.md', 'aB (2).md', 'untitled (2).md']);
    for (const n of names) {
      expect(Array.from(n.slice(0, -3)).length).toBeLessThanOrEqual(80);
      expect(n).not.toMatch(/[\\/:*?"<>|#^[\]\x00-\x1f]/);
    }
  });

  it('can leave the text out: highlights as quotes under their heading', () => {
    const md = toMarkdown(sample, { includeText: false }).files[0]!.content;
    expect(md).not.toContain('为了规范');
    expect(md).toContain('#### 第一条\n\n#### 第二条');
    expect(md).toContain('#### 第六条\n\n> 不得新建独立的开放渠道\n');
    expect(md).toContain('#### 第五条\n\n> 但是依法已经公开或者经权利人同意的除外[^2]\n');
  });
});

describe('toMarkdownZip', () => {
  it('zips the same files under the same names', () => {
    const zip = unzipSync(toMarkdownZip(sample, { now: Date.UTC(2024, 5, 1) }));
    const { files } = toMarkdown(sample);
    expect(Object.keys(zip)).toEqual(files.map((f) => f.name));
    for (const f of files) expect(strFromU8(zip[f.name]!)).toBe(f.content);
  });
});
