import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKUP_LIMITS, BackupError, fromBackupJson, readBackup, toBackupJson, type ExportBundle } from '../../utils/export/index';

const SAMPLE = readFileSync(new URL('../fixtures/backup/sample.json', import.meta.url), 'utf8');
const sample = (): Record<string, any> => JSON.parse(SAMPLE);

/** The BackupError a bad file gives, or a failure when it is accepted. */
function refuse(text: string): BackupError {
  try {
    fromBackupJson(text);
  } catch (e) {
    expect(e).toBeInstanceOf(BackupError);
    return e as BackupError;
  }
  throw new Error('backup was accepted');
}
const edited = (edit: (o: Record<string, any>) => void) => {
  const o = sample();
  edit(o);
  return JSON.stringify(o);
};

describe('backup round trip', () => {
  it('reads the sample and loses nothing of it', () => {
    const { exportedAt, bundle } = readBackup(SAMPLE);
    const { schema, version, exportedAt: at, ...tables } = sample();
    expect([schema, version, exportedAt]).toEqual(['clausemark-backup', 1, at]);
    // the sample predates highlightCount: it reads as 0 (importBundle recounts it)
    expect(bundle).toEqual({ ...tables, clips: tables.clips.map((c: object) => ({ ...c, highlightCount: 0 })) });
    expect(bundle.clips).toHaveLength(3);
    expect(bundle.collections.map((c) => c.name)).toEqual(['营商环境', '数据治理']);
  });

  it('bundle → toBackupJson → fromBackupJson is the same bundle, and the input is not touched', () => {
    const bundle = fromBackupJson(SAMPLE);
    const before = structuredClone(bundle);
    const text = toBackupJson(bundle, { now: Date.UTC(2024, 5, 1) });
    expect(bundle).toEqual(before);
    expect(fromBackupJson(text)).toEqual(bundle);
    expect(JSON.parse(text)).toMatchObject({ schema: 'clausemark-backup', version: 1, exportedAt: '2024-06-01T00:00:00.000Z' });
    expect(fromBackupJson(toBackupJson(bundle, { pretty: true }))).toEqual(bundle);
  });

  it('writes absent memberships and settings as empty tables', () => {
    const { clips, bodies, highlights, collections } = fromBackupJson(SAMPLE);
    const bundle: ExportBundle = { clips, bodies, highlights, collections };
    expect(fromBackupJson(toBackupJson(bundle))).toEqual({ ...bundle, memberships: [], settings: [] });
  });
});

describe('bad backups', () => {
  it('truncated JSON', () => {
    const e = refuse(SAMPLE.slice(0, Math.floor(SAMPLE.length / 2)));
    expect(e.code).toBe('truncated');
    expect(e.message).toMatch(/incomplete/);
    // cut just after a closing brace: still caught, by the parser
    expect(refuse(SAMPLE.slice(0, SAMPLE.indexOf('}') + 1)).code).toBe('truncated');
  });

  it('not JSON at all, or empty', () => {
    expect(refuse('hello').code).toBe('not-json');
    expect(refuse('  ').code).toBe('not-json');
    expect(refuse('{"schema": nope}').message).toMatch(/not valid JSON/);
  });

  it('wrong schema name', () => {
    const e = refuse(edited((o) => (o.schema = 'other-app-backup')));
    expect(e.code).toBe('wrong-schema');
    expect(e.message).toBe('schema: this is not a Clausemark backup (expected "clausemark-backup", got "other-app-backup")');
  });

  it('newer or unknown version', () => {
    const newer = refuse(edited((o) => (o.version = 2)));
    expect(newer.code).toBe('unsupported-version');
    expect(newer.message).toMatch(/newer Clausemark/);
    expect(refuse(edited((o) => (o.version = '1'))).code).toBe('unsupported-version');
    expect(refuse(edited((o) => delete o.version)).message).toMatch(/version: unknown backup version \(missing\)/);
  });

  it('wrong types, with the path of the first problem', () => {
    expect(refuse(edited((o) => (o.clips[1].title = 42))).message).toBe('clips[1].title: expected a string, got 42');
    expect(refuse(edited((o) => (o.clips[0].policy.issuer = null))).message).toBe('clips[0].policy.issuer: expected a string, got null');
    expect(refuse(edited((o) => (o.highlights[2].selectors.start = 1.5))).message).toMatch(
      /^highlights\[2\]\.selectors\.start: expected a whole number/,
    );
    expect(refuse(edited((o) => (o.clips[0].mode = 'pdf'))).path).toBe('clips[0].mode');
    expect(refuse(edited((o) => delete o.clips[0].policy)).message).toBe('clips[0].policy: is missing');
    expect(refuse(edited((o) => (o.bodies = {}))).message).toMatch(/^bodies: expected a list, got Object$/);
    expect(refuse(edited((o) => (o.collections[0].name = 'x'.repeat(20_000)))).message).toMatch(/^collections\[0\]\.name: too long/);
    expect(refuse(edited((o) => (o.highlights[0].selectors.outlinePath = 'a'))).code).toBe('invalid');
  });

  it('duplicate ids and unique keys', () => {
    const dup = refuse(edited((o) => (o.highlights[3].id = o.highlights[1].id)));
    expect(dup.code).toBe('duplicate-id');
    expect(dup.message).toBe('highlights[3].id: duplicate id "clip-data-rules-h2" (also at highlights[1])');
    expect(refuse(edited((o) => (o.clips[2].id = o.clips[0].id))).path).toBe('clips[2].id');
    expect(refuse(edited((o) => (o.collections[1].name = o.collections[0].name))).code).toBe('duplicate-id');
    expect(refuse(edited((o) => o.memberships.push({ ...o.memberships[0] }))).code).toBe('duplicate-id');
  });

  it('dangling references', () => {
    const e = refuse(edited((o) => (o.highlights[4].clipId = 'clip-gone')));
    expect(e.code).toBe('dangling-reference');
    expect(e.message).toBe('highlights[4].clipId: refers to clip "clip-gone", which is not in the backup');
    expect(refuse(edited((o) => (o.memberships[0].collectionId = 'col-gone'))).path).toBe('memberships[0].collectionId');
    expect(refuse(edited((o) => (o.bodies[0].clipId = 'x'))).code).toBe('dangling-reference');
  });

  it('oversized input: too many clips, too many characters', () => {
    const many = refuse(edited((o) => (o.clips = new Array(BACKUP_LIMITS.clips + 1).fill(0))));
    expect(many.code).toBe('too-large');
    expect(many.message).toBe('clips: too many items (100001; at most 100000)');
    expect(refuse('{'.padEnd(BACKUP_LIMITS.text) + '}').code).toBe('too-large');
  });

  it('fails fast on 50 MB of garbage', () => {
    const MB = 1024 * 1024;
    const noise = Array.from({ length: 4096 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join('');
    // built through a Buffer so the string is flat, as one read from a file is (a rope would time V8's flattening)
    const junk = Buffer.alloc(50 * MB, noise, 'latin1');
    const flat = (head: string, tail: string) => Buffer.concat([Buffer.from(head), junk, Buffer.from(tail)]).toString('latin1');
    const cases = [flat('', ''), flat('{', '}'), flat('{"schema":"clausemark-backup","version":1,', '')];
    expect(cases[0]!.length).toBe(50 * MB);
    for (const text of cases) {
      const t0 = performance.now();
      const e = refuse(text);
      const ms = performance.now() - t0;
      expect(['not-json', 'truncated']).toContain(e.code);
      // a hang guard, not a speed target (that is npm run bench): measured ≈ 1–10 ms, as the prechecks and the parser stop
      // at the first bad character; parsing 50 MB whole takes seconds, so 2 s still catches it on a loaded machine
      expect(ms).toBeLessThan(2000);
    }
  });
});
