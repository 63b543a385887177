/** A clip of a PDF or Word file remembers what it was (issue 18): stored, kept by backups, shown in the UI's words. */
import { afterEach, describe, expect, it } from 'vitest';
import { gatherBundle, importBackupText, saveClip } from '../../utils/db';
import { fromBackupJson, toBackupJson } from '../../utils/export/index';
import { formatClipMedium } from '../../utils/clip-medium';
import { setLocale } from '../../utils/i18n';
import { metaFields } from '../../utils/reader/meta-fields';
import { deleteDbs, trackedDb } from '../helpers/db';
import { makePage } from '../helpers/page';
import { SAMPLE } from '../helpers/backup-db';

afterEach(deleteDbs);

const PDF_URL = 'https://www.gov.cn/zhengce/pdf/notice.pdf';
const DOCX_URL = 'https://www.gov.cn/zhengce/fj/notice.docx';

describe('stored source and page count', () => {
  it('a PDF clip keeps source and pageCount, a Word clip its source, a web page neither', async () => {
    const db = trackedDb('source');
    const pdf = await saveClip(db, makePage({ url: PDF_URL, canonicalUrl: PDF_URL, source: 'pdf', pageCount: 12 }));
    const word = await saveClip(db, makePage({ url: DOCX_URL, canonicalUrl: DOCX_URL, source: 'docx' }));
    const page = await saveClip(db, makePage());
    expect(await db.clips.get(pdf.clip.id)).toMatchObject({ source: 'pdf', pageCount: 12 });
    expect(await db.clips.get(word.clip.id)).toMatchObject({ source: 'docx' });
    expect(await db.clips.get(word.clip.id)).not.toHaveProperty('pageCount');
    const plain = await db.clips.get(page.clip.id);
    expect(plain).not.toHaveProperty('source');
    expect(plain).not.toHaveProperty('pageCount');
  });

  it('survives a backup: gather → JSON → fresh database', async () => {
    const a = trackedDb('source-a');
    await saveClip(a, makePage({ url: PDF_URL, canonicalUrl: PDF_URL, source: 'pdf', pageCount: 12 }));
    await saveClip(a, makePage({ url: DOCX_URL, canonicalUrl: DOCX_URL, source: 'docx' }));
    const text = toBackupJson(await gatherBundle(a));
    const b = trackedDb('source-b');
    const out = await importBackupText(b, text);
    expect(out.ok).toBe(true);
    const byUrl = new Map((await b.clips.toArray()).map((c) => [c.url, c]));
    expect(byUrl.get(PDF_URL)).toMatchObject({ source: 'pdf', pageCount: 12 });
    expect(byUrl.get(DOCX_URL)).toMatchObject({ source: 'docx' });
  });

  it('the import check refuses a source or page count of the wrong kind, naming the field', () => {
    const edit = (f: (c: Record<string, unknown>) => void) => {
      const o = JSON.parse(SAMPLE);
      f(o.clips[0]);
      return JSON.stringify(o);
    };
    expect(fromBackupJson(edit((c) => Object.assign(c, { source: 'pdf', pageCount: 3 }))).clips[0]).toMatchObject({
      source: 'pdf',
      pageCount: 3,
    });
    expect(() => fromBackupJson(edit((c) => (c.source = 'exe')))).toThrow(/clips\[0\]\.source/);
    expect(() => fromBackupJson(edit((c) => (c.pageCount = -1)))).toThrow(/clips\[0\]\.pageCount/);
    expect(() => fromBackupJson(edit((c) => (c.pageCount = '12')))).toThrow(/clips\[0\]\.pageCount/);
  });

  it('an import that replaces a clip takes the backup copy’s source', async () => {
    const db = trackedDb('source-replace');
    const { clip } = await saveClip(db, makePage({ url: PDF_URL, canonicalUrl: PDF_URL }));
    const bundle = await gatherBundle(db);
    const theirs = { ...bundle, clips: bundle.clips.map((c) => ({ ...c, id: 'theirs', source: 'pdf' as const, pageCount: 4 })) };
    theirs.bodies = bundle.bodies.map((b) => ({ ...b, clipId: 'theirs' }));
    expect((await importBackupText(db, toBackupJson(theirs), { replace: true })).ok).toBe(true);
    expect(await db.clips.get(clip.id)).toMatchObject({ source: 'pdf', pageCount: 4 });
  });
});

describe('shown as', () => {
  it('"PDF · 12 pages" / "Word" in English and Chinese; nothing for a web page', () => {
    setLocale('en', null);
    expect(formatClipMedium({ source: 'pdf', pageCount: 12 })).toBe('PDF · 12 pages');
    expect(formatClipMedium({ source: 'pdf', pageCount: 1 })).toBe('PDF · 1 page');
    expect(formatClipMedium({ source: 'pdf', pageCount: 1200 })).toBe('PDF · 1,200 pages');
    expect(formatClipMedium({ source: 'pdf' })).toBe('PDF');
    expect(formatClipMedium({ source: 'docx' })).toBe('Word');
    expect(formatClipMedium({})).toBe('');
    setLocale('zh-CN', null);
    expect(formatClipMedium({ source: 'pdf', pageCount: 12 })).toBe('PDF · 12 页');
    expect(formatClipMedium({ source: 'docx' })).toBe('Word 文档');
    setLocale('en', null);
  });

  it('the reader card has a File row for a PDF clip only', async () => {
    setLocale('en', null);
    const db = trackedDb('source-reader');
    const { clip } = await saveClip(db, makePage({ url: PDF_URL, canonicalUrl: PDF_URL, source: 'pdf', pageCount: 3 }));
    expect(metaFields(clip).find((f) => f.key === 'reader.meta.medium')?.value).toBe('PDF · 3 pages');
    expect(metaFields({ ...clip, source: undefined, pageCount: undefined }).some((f) => f.key === 'reader.meta.medium')).toBe(false);
  });
});
