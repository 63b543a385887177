import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromBackupJson, toMarkdownZip } from '../../utils/export/index';
import { zipEntries } from '../../utils/export/zip';

const sample = fromBackupJson(readFileSync(new URL('../fixtures/backup/sample.json', import.meta.url), 'utf8'));

/** Info-ZIP's own listing of a zip: the names as a Linux or macOS terminal user sees them. */
function withZip<T>(bytes: Uint8Array, fn: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'cm-zip-'));
  try {
    const path = join(dir, 'out.zip');
    writeFileSync(path, bytes);
    return fn(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const listNames = (path: string) =>
  execFileSync('unzip', ['-Z1', path], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } })
    .trim()
    .split('\n');

describe('zip names read by Info-ZIP unzip', () => {
  it('lists Chinese names intact, marked as made by Unix', () => {
    const names = ['国务院关于印发…的通知.md', '某市公共数据开放管理办法.md'];
    withZip(
      zipEntries(
        names.map((name) => ({ name, content: name })),
        { now: 0 },
      ),
      (path) => {
        expect(listNames(path)).toEqual(names);
        const listing = execFileSync('unzip', ['-l', path], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
        for (const n of names) expect(listing).toContain(n);
        expect(execFileSync('zipinfo', [path], { encoding: 'utf8' })).toMatch(/unx/);
      },
    );
  });

  it('extracts readable files (a Unix mode, not 0)', () => {
    withZip(zipEntries([{ name: '通知.md', content: 'x' }]), (path, dir) => {
      execFileSync('unzip', ['-q', path, '-d', join(dir, 'x')], { env: { ...process.env, LC_ALL: 'C.UTF-8' } });
      expect(statSync(join(dir, 'x', '通知.md')).mode & 0o777).toBe(0o644);
    });
  });

  it('the Markdown zip of the sample names each clip after its title', () => {
    withZip(toMarkdownZip(sample, { now: Date.UTC(2024, 5, 1) }), (path) => {
      expect(listNames(path).sort()).toEqual(
        ['关于进一步优化营商环境的若干措施.md', '把企业的“急难愁盼”当作“指南针”.md', '某市公共数据开放管理办法.md'].sort(),
      );
    });
  });
});
