import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES_DIR } from '../helpers/fixtures';
import { SLOW } from '../helpers/tier';

const ROOT = join(import.meta.dirname, '..', '..');
function runCli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'clip.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
}

// Spawns Node processes (seconds each): in the slow tier only.
describe.runIf(SLOW)('npm run clip', () => {
  it('prints one JSON line per good file, reports bad files on stderr and exits non-zero', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'clip-cli-'));
    const gbk = join(tmp, 'gbk.html');
    // "通知正文" in GBK bytes, declared as gb2312: decoded by the declared charset.
    const body = Buffer.from([0xcd, 0xa8, 0xd6, 0xaa, 0xd5, 0xfd, 0xce, 0xc4]);
    writeFileSync(
      gbk,
      Buffer.concat([
        Buffer.from('<html><head><meta charset="gb2312"><title>t</title></head><body><article><p>'),
        Buffer.concat(Array(20).fill(body)),
        Buffer.from('</p></article></body></html>'),
      ]),
    );
    const r = runCli([
      '--url',
      'https://www.example.cn/a.html',
      join(PAGES_DIR, 'zh-cms-article', 'source.html'),
      join(tmp, 'missing.html'),
      gbk,
    ]);
    expect(r.status).toBe(1);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      title: '推动数字经济和实体经济深度融合',
      siteName: '人民网',
      byline: '李明华',
      url: 'https://www.example.cn/a.html',
    });
    for (const key of ['file', 'lang', 'publishedTime', 'policy', 'text', 'html', 'outline', 'ms']) expect(lines[0]).toHaveProperty(key);
    expect(Object.keys(lines[0].policy)).toEqual(
      expect.arrayContaining(['issuer', 'docNumber', 'indexNumber', 'subject', 'writtenDate', 'publishDate']),
    );
    expect(typeof lines[0].ms).toBe('number');
    expect(lines[1].text).toContain('通知正文');
    expect(r.stderr).toMatch(/missing\.html: cannot read file/);
    expect(r.stderr).toMatch(/1 of 3 file\(s\) failed/);
  });

  it('clips PDF and Word files, told apart by their bytes, into the same JSON lines', { timeout: 120_000 }, () => {
    const fx = join(ROOT, 'tests', 'fixtures', 'pdf');
    const r = runCli([join(fx, 'zh-law', 'source.pdf'), join(fx, 'zh-notice-docx', 'source.docx')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [pdf, docx] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(pdf).toMatchObject({ title: '某某市生活垃圾分类管理条例', source: 'pdf', pageCount: 5 });
    expect(pdf.outline[0]).toMatchObject({ level: 1, label: '第一章' });
    expect(docx).toMatchObject({ source: 'docx', policy: { docNumber: '某交公路〔2025〕18号' } });
  });

  it('writes Markdown with front matter', () => {
    const r = runCli(['--format', 'md', join(PAGES_DIR, 'zh-table-document', 'source.html')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^---\ntitle: "2025年度省级重点建设项目计划表"\n/);
    expect(r.stdout).toContain('| 3 | 抽水蓄能电站 | 省能源集团 | 86.0 | 2025—2030 |');
  });

  it('clips a blog front page as its first post unless asked for all posts', () => {
    const page = join(PAGES_DIR, 'zh-blog-front-page', 'source.html');
    const first = JSON.parse(runCli([page]).stdout);
    const all = JSON.parse(runCli(['--all-posts', page]).stdout);
    expect([first.postsLeftOut, all.postsLeftOut]).toEqual([3, 0]);
    expect(first.text).not.toContain('今年中秋没有回家');
    expect(all.text).toContain('今年中秋没有回家');
  });

  it('rejects an unknown format', () => {
    const r = runCli(['--format', 'pdf', 'x.html']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--format must be json or md/);
  });
});
