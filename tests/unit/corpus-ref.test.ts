/**
 * An own-corpus case whose page is also a page of ../shared/corpus keeps no copy (the brief: never copy the shared
 * corpus in): `source.ref` names the page inside the shared corpus, read from there, or left out without it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { corpusCases, unreadRefs } from '../../scripts/lib/corpus';

let root: string;
const HEADER = 'case\tset\torigin_repo\tpath\tcommit\tlicense\turl\ttranscoded_from\tlabeled_by\tnotes';
const row = (c: string) => [c, 'zh-live', 'repo', 'path', 'commit', 'license', '', '', 'helper', 'notes'].join('\t');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cm-ref-'));
  const shared = join(root, 'shared');
  mkdirSync(join(shared, 'zh-cwced', 'abc'), { recursive: true });
  writeFileSync(join(shared, 'MANIFEST.tsv'), 'case\n');
  writeFileSync(join(shared, 'zh-cwced', 'abc', 'source.html'), '<p>shared</p>');
  const own = join(root, 'own');
  mkdirSync(join(own, 'zh-live', 'copied'), { recursive: true });
  mkdirSync(join(own, 'zh-live', 'kept'), { recursive: true });
  writeFileSync(join(own, 'MANIFEST.tsv'), [HEADER, row('copied'), row('kept')].join('\n'));
  writeFileSync(join(own, 'zh-live', 'copied', 'source.ref'), 'zh-cwced/abc/source.html\n');
  writeFileSync(join(own, 'zh-live', 'kept', 'source.html'), '<p>own</p>');
});
afterEach(() => vi.unstubAllEnvs());
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('own-corpus pages that are shared-corpus pages (source.ref)', () => {
  it('reads the page from the shared corpus', () => {
    vi.stubEnv('CLAUSEMARK_CORPUS', join(root, 'shared'));
    const cases = corpusCases(join(root, 'own'));
    expect(cases.map((c) => c.name)).toEqual(['copied', 'kept']);
    expect(cases[0]!.sourcePath).toBe(join(root, 'shared', 'zh-cwced', 'abc', 'source.html'));
    expect(unreadRefs(join(root, 'own'))).toBe(0);
  });
  it('leaves the case out, and counts it, when the shared corpus is absent', () => {
    vi.stubEnv('CLAUSEMARK_CORPUS', join(root, 'nowhere'));
    expect(corpusCases(join(root, 'own')).map((c) => c.name)).toEqual(['kept']);
    expect(unreadRefs(join(root, 'own'))).toBe(1);
  });
});
