import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ClausemarkDB, FUTURE_MARGIN, gatherBundle, importBackupText, importBundle, planImport } from '../../utils/db';
import { BackupError, fromBackupJson, toBackupJson, type FullBundle } from '../../utils/export/index';
import { problemText } from '../../utils/error-text';
import { setLocale } from '../../utils/i18n';

const SAMPLE = readFileSync(new URL('../fixtures/backup/sample.json', import.meta.url), 'utf8');
const NOW = Date.UTC(2026, 11, 6, 20, 0);
const Y2999 = Date.UTC(2999, 0, 1);

const dbs: ClausemarkDB[] = [];
function freshDb(): ClausemarkDB {
  const db = new ClausemarkDB(`import-safety-${Math.random()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
async function dump(db: ClausemarkDB): Promise<string> {
  return JSON.stringify(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])));
}

/** Someone else's backup: the user's first clip's page, dated 2999, another body and title, a highlight and a note. */
function strangers(): FullBundle {
  const s = fromBackupJson(SAMPLE);
  const c = {
    ...s.clips[0]!,
    id: 'theirs',
    title: 'Taken over',
    excerpt: 'theirs',
    url: 'https://evil.example/x',
    savedAt: Y2999,
    updatedAt: Y2999,
  };
  const h = { ...s.highlights[0]!, id: 'their-h', clipId: 'theirs', note: 'their note', createdAt: Y2999, updatedAt: Y2999 };
  const col = { id: 'their-col', name: 'Theirs', createdAt: Y2999 };
  return {
    clips: [c],
    bodies: [{ clipId: 'theirs', html: '<p>theirs</p>', text: 'theirs', outline: [] }],
    highlights: [h],
    collections: [col],
    memberships: [{ collectionId: 'their-col', clipId: 'theirs', addedAt: Y2999 }],
    settings: [],
  };
}

describe("a stranger's backup", () => {
  it('caps every date at now + 1 day', async () => {
    const db = freshDb();
    const b = strangers();
    b.clips[0]!.canonicalUrl = 'https://new.example/page';
    await importBundle(db, b, { now: NOW });
    const got = await gatherBundle(db);
    const max = NOW + FUTURE_MARGIN;
    expect(FUTURE_MARGIN).toBe(24 * 3600 * 1000);
    expect(got.clips[0]).toMatchObject({ savedAt: max, updatedAt: max });
    expect(got.highlights[0]).toMatchObject({ createdAt: max, updatedAt: max });
    expect(got.collections[0]!.createdAt).toBe(max);
    expect(got.memberships[0]!.addedAt).toBe(max);
    // the plan shows capped data too, and leaves the caller's bundle alone
    expect((await planImport(db, b, NOW)).bundle.clips[0]!.updatedAt).toBe(max);
    expect(b.clips[0]!.updatedAt).toBe(Y2999);
  });

  it("cannot replace, annotate or pin the user's clip without the opt-in", async () => {
    const db = freshDb();
    await importBundle(db, fromBackupJson(SAMPLE), { now: NOW });
    const before = await dump(db);
    const plan = await planImport(db, strangers(), NOW);
    expect(plan.replaced).toEqual([{ title: '某市公共数据开放管理办法', older: false }]);
    expect(plan.added).toEqual([]);
    const report = await importBundle(db, strangers(), { now: NOW });
    expect(report.clips).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect(report.highlights).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect(report.memberships).toEqual({ added: 0, updated: 0, skipped: 1 });
    // only the (now empty) collection is new: the clip, its body, highlights and memberships are as they were
    const after = await gatherBundle(db);
    expect(after.collections.map((c) => c.name).sort()).toEqual(['Theirs', '数据治理', '营商环境']);
    await db.collections.delete('their-col');
    expect(await dump(db)).toBe(before);
  });

  it("with the opt-in it replaces, dated at most tomorrow, and the user's own older backup puts the clip back", async () => {
    const db = freshDb();
    await importBundle(db, fromBackupJson(SAMPLE), { now: NOW });
    const own = toBackupJson(await gatherBundle(db));
    const report = await importBundle(db, strangers(), { now: NOW, replace: true });
    expect(report.clips).toEqual({ added: 0, updated: 1, skipped: 0 });
    const taken = (await db.clips.get('clip-data-rules'))!;
    expect(taken).toMatchObject({ title: 'Taken over', url: 'https://evil.example/x' });
    expect(taken.updatedAt).toBeLessThanOrEqual(NOW + FUTURE_MARGIN);
    expect(await db.highlights.where('clipId').equals('clip-data-rules').count()).toBe(4);

    // the user's backup is older than the stranger's (capped) copy: it still wins when the user asks for it
    const plan = await planImport(db, fromBackupJson(own), NOW);
    expect(plan.replaced).toEqual([{ title: 'Taken over', older: true }]);
    const back = await importBackupText(db, own, { now: NOW, replace: true });
    expect(back).toMatchObject({ ok: true, report: { clips: { added: 0, updated: 1, skipped: 2 } } });
    expect(await db.clips.get('clip-data-rules')).toMatchObject({
      title: '某市公共数据开放管理办法',
      url: 'https://www.example.gov.cn/zwgk/2024/0301/gfxwj-3.html',
    });
    expect((await db.clipBodies.get('clip-data-rules'))?.text).not.toBe('theirs');
  });
});

describe('addresses in a backup', () => {
  const FIELDS = [
    ['clips', 0, 'url'],
    ['clips', 1, 'canonicalUrl'],
    ['highlights', 3, 'url'],
  ] as const;
  const BAD: [string, RegExp][] = [
    ['javascript:alert(document.domain)', /not javascript: addresses$/],
    ['  JavaScript:alert(1)', /not javascript: addresses$/],
    ['java\tscript:alert(1)', /not javascript: addresses$/],
    ['data:text/html,<script>alert(1)</script>', /not data: addresses$/],
    ['chrome://settings', /not chrome: addresses$/],
    ['blob:https://a.example/0b1c', /not blob: addresses$/],
    ['file://attacker.example/share/x.html', /not file:\/\/attacker\.example\/ addresses$/],
    ['/relative/path', /not a relative or malformed address$/],
    ['www.gov.cn/a', /not a relative or malformed address$/],
  ];

  it('other schemes are refused with a typed error naming the field, and nothing changes', async () => {
    const db = freshDb();
    await importBundle(db, fromBackupJson(SAMPLE), { now: NOW });
    const before = await dump(db);
    for (const [table, i, field] of FIELDS) {
      for (const [url, message] of BAD) {
        const o = JSON.parse(SAMPLE);
        o[table][i][field] = url;
        const text = JSON.stringify(o);
        const where = `${table}[${i}].${field}`;
        let error: unknown;
        try {
          fromBackupJson(text);
        } catch (e) {
          error = e;
        }
        expect(error, `${where} = ${url}`).toBeInstanceOf(BackupError);
        expect((error as BackupError).code).toBe('unsafe-url');
        expect((error as BackupError).path).toBe(where);
        expect((error as BackupError).message).toMatch(
          new RegExp(`^${where.replace(/[[\]]/g, '\\$&')}: only http, https and file addresses can be imported, `),
        );
        expect((error as BackupError).message).toMatch(message);
        const outcome = await importBackupText(db, text, { replace: true });
        expect(outcome.ok).toBe(false);
        expect(!outcome.ok && outcome.message).toMatch(/^This file cannot be imported: .*Nothing was changed\.$/);
      }
    }
    expect(await dump(db)).toBe(before);
  });

  it('http, https and local file addresses are accepted; a highlight may leave its own empty', () => {
    for (const url of [
      'https://www.gov.cn/zhengce/a.htm',
      'http://127.0.0.1:8080/x',
      'file:///home/me/act.html',
      'file://localhost/C:/docs/a.html',
    ]) {
      const o = JSON.parse(SAMPLE);
      o.clips[0].url = url;
      o.clips[0].canonicalUrl = url;
      o.highlights[0].url = url;
      expect(() => fromBackupJson(JSON.stringify(o)), url).not.toThrow();
    }
    const o = JSON.parse(SAMPLE);
    o.highlights[0].url = '';
    expect(() => fromBackupJson(JSON.stringify(o))).not.toThrow();
    o.clips[0].url = '';
    expect(() => fromBackupJson(JSON.stringify(o))).toThrow(/^clips\[0\]\.url: .*not a relative or malformed address$/);
  });

  it('a clip whose canonical address is on another site than its page is refused: it would stand for that site', async () => {
    const db = freshDb();
    await importBundle(db, fromBackupJson(SAMPLE), { now: NOW });
    const before = await dump(db);
    const o = JSON.parse(SAMPLE);
    o.clips[0].canonicalUrl = 'https://attacker.example/copy.html';
    const outcome = await importBackupText(db, JSON.stringify(o), { replace: true });
    expect(!outcome.ok && outcome.message).toMatch(/clips\[0\]\.canonicalUrl: the canonical address is not on the same site as the page/);
    expect(await dump(db)).toBe(before);
    setLocale('zh-CN');
    try {
      expect(!outcome.ok && problemText(outcome)).toContain('clips[0].canonicalUrl：规范地址与页面不属于同一网站');
    } finally {
      setLocale('en');
    }
  });

  it('the refusal is explained in Chinese as well', async () => {
    const db = freshDb();
    const o = JSON.parse(SAMPLE);
    o.clips[2].url = 'javascript:alert(1)';
    const p = JSON.parse(SAMPLE);
    p.highlights[0].url = 'x';
    const [bad, relative] = [await importBackupText(db, JSON.stringify(o)), await importBackupText(db, JSON.stringify(p))];
    setLocale('zh-CN');
    try {
      expect(!bad.ok && problemText(bad)).toBe(
        '无法导入此文件：clips[2].url：只能导入 http、https 和 file 地址，不能导入 javascript: 地址。未作任何改动。',
      );
      expect(!relative.ok && problemText(relative)).toBe(
        '无法导入此文件：highlights[0].url：只能导入 http、https 和 file 地址，这不是完整的地址（相对地址或格式有误）。未作任何改动。',
      );
    } finally {
      setLocale('en');
    }
  });
});
