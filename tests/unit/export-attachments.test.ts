/** A notice exported with its 附件 (a collection, a selection): they follow it, in the order it printed them. */
import { describe, expect, it } from 'vitest';
import { attachmentsAfterNotices } from '../../utils/export/common';
import { toDocx, toMarkdown } from '../../utils/export/index';
import type { ExportBundle } from '../../utils/export/types';
import { clipRow } from '../helpers/library';
import { readDocx } from './export-read';

const notice = clipRow('notice', { title: '关于印发某某办法的通知' });
const a1 = clipRow('a1', { title: '某某办法实施细则', attachmentOf: 'notice', attachmentName: '附件1：实施细则' });
const a10 = clipRow('a10', { title: '项目汇总表', attachmentOf: 'notice', attachmentName: '附件10：汇总表' });
const a2 = clipRow('a2', { title: '项目申报书', attachmentOf: 'notice', attachmentName: '附件2：申报书' });
const other = clipRow('other', { title: '另一篇新闻' });
const orphan = clipRow('orphan', { title: '孤立附件', attachmentOf: 'not-exported', attachmentName: '附件1' });

const bundle = (clips: (typeof notice)[]): ExportBundle => ({
  clips,
  bodies: clips.map((c) => ({ clipId: c.id, html: '', text: `${c.title}的正文。`, outline: [] })),
  highlights: [],
  collections: [],
});

describe('export order of a notice and its 附件', () => {
  it('puts attachments right after their notice, 附件2 before 附件10; other clips keep their places', () => {
    const order = attachmentsAfterNotices([a10, other, a2, orphan, notice, a1]).map((c) => c.id);
    expect(order).toEqual(['other', 'orphan', 'notice', 'a1', 'a2', 'a10']);
  });

  it('survives a link cycle without losing a clip', () => {
    const x = clipRow('x', { attachmentOf: 'y' });
    const y = clipRow('y', { attachmentOf: 'x' });
    expect(
      attachmentsAfterNotices([x, y])
        .map((c) => c.id)
        .sort(),
    ).toEqual(['x', 'y']);
  });

  it('Word and Markdown exports hold them in that order', async () => {
    const b = bundle([a2, other, a1, notice]);
    expect(toMarkdown(b).files.map((f) => f.name)).toEqual([
      '另一篇新闻.md',
      '关于印发某某办法的通知.md',
      '某某办法实施细则.md',
      '项目申报书.md',
    ]);
    const { text } = await readDocx(await toDocx(b, { content: 'full', now: 0 }));
    const at = (s: string) => text.indexOf(`${s}的正文。`);
    expect([at('另一篇新闻'), at('关于印发某某办法的通知'), at('某某办法实施细则'), at('项目申报书')].every((n) => n >= 0)).toBe(true);
    expect(at('另一篇新闻')).toBeLessThan(at('关于印发某某办法的通知'));
    expect(at('关于印发某某办法的通知')).toBeLessThan(at('某某办法实施细则'));
    expect(at('某某办法实施细则')).toBeLessThan(at('项目申报书'));
  });
});
