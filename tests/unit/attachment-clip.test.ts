/** Clipping a notice's 附件 as clips linked to it (issue 18), with fake readers: the background's use case. */
import { afterEach, describe, expect, it } from 'vitest';
import { ClausemarkDB, attachmentsOf } from '../../utils/db';
import { clipAttachment } from '../../utils/clipper/attachment-clip';
import { clipTab, type ClipDeps } from '../../utils/clipper/clip-tab';
import { validators } from '../../utils/messaging/checks';
import type { AttachmentLink } from '../../utils/model';
import { fail, ok, problem } from '../../utils/result';
import { makePage } from '../helpers/page';

const dbs: ClausemarkDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const NOTICE = 'https://www.gov.cn/zhengce/content/notice.htm';
const P1 = 'https://www.gov.cn/zhengce/files/P1.pdf';
const LINKS: AttachmentLink[] = [
  { url: P1, name: '附件1：实施细则', kind: 'pdf', clippable: true },
  { url: 'https://www.gov.cn/zhengce/files/P2.xls', name: '附件2：清单', kind: 'xls', clippable: false },
];

function deps(over: Partial<ClipDeps> = {}) {
  const db = new ClausemarkDB(`att-clip-${Math.random()}`);
  dbs.push(db);
  const read: string[] = [];
  const d: ClipDeps = {
    db,
    getTabUrl: async () => NOTICE,
    inject: async () => ok({ ...makePage({ url: NOTICE, canonicalUrl: NOTICE, title: '关于印发某某办法的通知' }), attachments: LINKS }),
    readPdf: async (u) => (
      read.push(`pdf ${u}`),
      ok({ ...makePage({ url: u, canonicalUrl: u, title: '某某实施细则' }), source: 'pdf' as const })
    ),
    ...over,
  };
  return { d, read };
}

const request = (noticeId: string, over: Partial<{ url: string; name: string; kind: AttachmentLink['kind'] }> = {}) => ({
  tabId: 3,
  noticeId,
  url: P1,
  name: '附件1：实施细则',
  kind: 'pdf' as const,
  ...over,
});

describe('clipAttachment', () => {
  it('gives the clip summary the page’s 附件, then clips one linked to the notice; again updates the same clip', async () => {
    const { d, read } = deps();
    const notice = await clipTab(d, 3, 'article');
    if (!notice.ok) throw new Error(notice.error.message);
    expect(notice.value.attachments).toEqual(LINKS);
    expect(await d.db.clips.count()).toBe(1); // the list is offered, not stored
    const first = await clipAttachment(d, request(notice.value.clipId));
    expect(first).toMatchObject({ ok: true, value: { created: true, title: '某某实施细则' } });
    const again = await clipAttachment(d, request(notice.value.clipId));
    expect(again).toMatchObject({ ok: true, value: { created: false } });
    expect(read).toEqual([`pdf ${P1}`, `pdf ${P1}`]);
    expect((await attachmentsOf(d.db, notice.value.clipId)).map((c) => [c.url, c.attachmentName])).toEqual([[P1, '附件1：实施细则']]);
  });

  it('keeps the notice and stores nothing when the file fails, passing the reason on', async () => {
    const { d } = deps({ readPdf: async () => fail('no-text-layer', problem('pdf.error.noTextLayer')) });
    const notice = await clipTab(d, 3, 'article');
    if (!notice.ok) throw new Error('notice not clipped');
    expect(await clipAttachment(d, request(notice.value.clipId))).toMatchObject({ ok: false, error: { code: 'no-text-layer' } });
    expect((await d.db.clips.toArray()).map((c) => c.url)).toEqual([NOTICE]);
  });

  it('refuses without reading when the notice is gone, the file is an old .doc, or of a kind no reader takes', async () => {
    const { d, read } = deps();
    expect(await clipAttachment(d, request('gone'))).toMatchObject({ ok: false, error: { key: 'attach.error.noNotice' } });
    const notice = await clipTab(d, 3, 'article');
    if (!notice.ok) throw new Error('notice not clipped');
    const xls = await clipAttachment(d, request(notice.value.clipId, { url: LINKS[1]!.url, kind: 'xls' }));
    expect(xls).toMatchObject({ ok: false, error: { key: 'attach.error.notClippable', params: { kind: 'XLS' } } });
    // a .doc gets "Clip linked document"'s answer (save it as .docx), by its kind or by its address
    const doc = await clipAttachment(d, request(notice.value.clipId, { url: 'https://www.gov.cn/f/a.doc', kind: 'doc' }));
    expect(doc).toMatchObject({ ok: false, error: { code: 'bad-file', key: 'docx.error.oldWord' } });
    const docUrl = await clipAttachment(d, request(notice.value.clipId, { url: 'https://www.gov.cn/f/b.DOC', kind: 'unknown' }));
    expect(docUrl).toMatchObject({ ok: false, error: { key: 'docx.error.oldWord' } });
    expect(read).toEqual([]);
    // a 附件 of unknown type goes to the file reader, whose bytes decide what it is
    await clipAttachment(d, request(notice.value.clipId, { url: 'https://www.gov.cn/download?id=9', kind: 'unknown' }));
    expect(read).toEqual(['pdf https://www.gov.cn/download?id=9']);
  });

  it('reads a Word 附件 with the one file reader, as a linked document, and stores it as a Word clip linked to the notice', async () => {
    const { d, read } = deps({
      readPdf: async (u) => (
        read.push(`file ${u}`),
        ok({ ...makePage({ url: u, canonicalUrl: u, title: '申报表' }), source: 'docx' as const })
      ),
    });
    const notice = await clipTab(d, 3, 'article');
    if (!notice.ok) throw new Error('notice not clipped');
    const url = 'https://www.gov.cn/f/a.docx';
    const r = await clipAttachment(d, request(notice.value.clipId, { url, name: '附件2：申报表', kind: 'docx' }));
    expect(r).toMatchObject({ ok: true, value: { title: '申报表' } });
    expect(read).toEqual([`file ${url}`]);
    const [clip] = await attachmentsOf(d.db, notice.value.clipId);
    expect(clip).toMatchObject({ url, source: 'docx', attachmentOf: notice.value.clipId, attachmentName: '附件2：申报表' });
  });

  it('refuses every 附件 when there is no file reader (as a linked document is)', async () => {
    const { d } = deps({ readPdf: undefined });
    const notice = await clipTab(d, 3, 'article');
    if (!notice.ok) throw new Error('notice not clipped');
    expect(await clipAttachment(d, request(notice.value.clipId))).toMatchObject({ ok: false, error: { key: 'page.blocked.pdf' } });
  });

  it('is refused by the router check for anything but a web address and a known kind', () => {
    const ok1 = { tabId: 1, noticeId: 'n', url: P1, name: '附件1', kind: 'pdf' };
    expect(validators.clipAttachment(ok1)).toBe(true);
    expect(validators.clipAttachment({ ...ok1, url: 'javascript:alert(1)' })).toBe(false);
    expect(validators.clipAttachment({ ...ok1, url: 'file:///etc/passwd' })).toBe(false);
    expect(validators.clipAttachment({ ...ok1, kind: 'exe' })).toBe(false);
    expect(validators.clipAttachment({ ...ok1, noticeId: '' })).toBe(false);
  });
});
