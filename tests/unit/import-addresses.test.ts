import { afterEach, describe, expect, it } from 'vitest';
import { importBackupText, importBundle } from '../../utils/db';
import { BackupError, fromBackupJson } from '../../utils/export/index';
import { problemText } from '../../utils/error-text';
import { setLocale } from '../../utils/i18n';
import { dump, SAMPLE } from '../helpers/backup-db';
import { deleteDbs, trackedDb } from '../helpers/db';

const NOW = Date.UTC(2026, 11, 6, 20, 0);

const freshDb = () => trackedDb('import-safety');
afterEach(deleteDbs);

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
