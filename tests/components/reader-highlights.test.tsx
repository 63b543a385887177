// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReaderApp } from '../../components/reader/ReaderApp';
import { describeTextRange } from '../../utils/anchoring';
import { buildTextMap } from '../../utils/anchoring/dom/text-map';
import { ClausemarkDB, newId, saveClip, type Highlight } from '../../utils/db';
import { setLocale } from '../../utils/i18n';
import type { OutlineEntry } from '../../utils/model';
import { makePage } from '../helpers/page';

const dbs: ClausemarkDB[] = [];
beforeEach(() => setLocale('en'));
afterEach(async () => {
  cleanup();
  for (const db of dbs.splice(0)) await db.delete();
});

const HTML =
  '<p>各省、自治区、直辖市人民政府：</p><p id="cm-h-1">一、总体要求</p><p>坚持以人民为中心，推动城市高质量发展。</p>' +
  '<p id="cm-h-2">二、重点任务</p><p>各地要加快老旧小区改造，完善公共服务设施。</p>';
const OUTLINE: OutlineEntry[] = [
  { level: 1, label: '一、', title: '总体要求', preview: '', anchor: 'cm-h-1' },
  { level: 1, label: '二、', title: '重点任务', preview: '', anchor: 'cm-h-2' },
];
const TEXT =
  '各省、自治区、直辖市人民政府：\n一、总体要求\n坚持以人民为中心，推动城市高质量发展。\n二、重点任务\n各地要加快老旧小区改造，完善公共服务设施。';

async function setup() {
  const db = new ClausemarkDB(`reader-hl-${Math.random()}`);
  dbs.push(db);
  const { clip } = await saveClip(db, makePage({ title: '通知', html: HTML, outline: OUTLINE, lang: 'zh-CN' }));
  return { db, clip };
}
function highlight(clipId: string, quote: string, over: Partial<Highlight> = {}): Highlight {
  const at = TEXT.indexOf(quote);
  // A highlight made on the live page: its offsets are the page's (chrome before the article), so they are off.
  const sel =
    at >= 0
      ? { ...describeTextRange(TEXT, at, at + quote.length), start: at + 300, end: at + 300 + quote.length }
      : { quote, prefix: '', suffix: '', start: 0, end: quote.length, outlinePath: [] };
  return {
    id: newId(),
    clipId,
    url: 'https://www.gov.cn/x',
    selectors: sel,
    color: 'green',
    note: '',
    createdAt: Date.now(),
    updatedAt: Date.now(),
    ...over,
  };
}
const body = () => document.querySelector('.reader-body') as HTMLElement;
const marks = () =>
  Array.from(body().querySelectorAll('mark.clausemark-mark')).map((m) => `${m.getAttribute('data-color')}:${m.textContent}`);
const margin = () => screen.getByRole('complementary', { name: 'Highlights and notes' });

function select(el: Node, from: number, to: number) {
  const text = el.firstChild as Text;
  const r = document.createRange();
  r.setStart(text, from);
  r.setEnd(text, to);
  const sel = document.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(r);
}

describe('ReaderApp highlights', () => {
  it('paints the clip highlights anchored in the stored text, notes in the margin, and lists those not found', async () => {
    const { db, clip } = await setup();
    await db.highlights.bulkAdd([
      highlight(clip.id, '推动城市高质量发展', { note: '重点：高质量发展' }),
      highlight(clip.id, '这段话已经不在正文里了，但标注要保留', { color: 'pink', note: '旧笔记' }),
    ]);
    render(<ReaderApp db={db} clipId={clip.id} />);
    await waitFor(() => expect(marks()).toEqual(['green:推动城市高质量发展']));
    expect(document.documentElement.getAttribute('data-clausemark-painted')).toBe('1');
    expect(
      within(margin())
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['重点：高质量发展推动城市高质量发展']);
    const lost = screen.getByRole('region', { name: 'Not found in the stored text' });
    expect(lost.textContent).toContain('这段话已经不在正文里了，但标注要保留');
    expect(lost.textContent).toContain('旧笔记');
    expect(await db.highlights.count()).toBe(2); // never dropped
  });

  it('highlights a selection with the toolbar, described on the reader text with its outline path', async () => {
    const { db, clip } = await setup();
    render(<ReaderApp db={db} clipId={clip.id} />);
    await waitFor(() => expect(body().textContent).toContain('老旧小区'));
    const para = Array.from(body().querySelectorAll('p')).find((p) => p.textContent?.startsWith('各地要'))!;
    select(para, 3, 9); // 加快老旧小区
    fireEvent.mouseUp(para);
    const bar = await screen.findByRole('toolbar', { name: 'Highlight the selection' });
    fireEvent.click(within(bar).getByRole('button', { name: 'Blue' }));
    await waitFor(async () => expect(await db.highlights.count()).toBe(1));
    const [h] = await db.highlights.toArray();
    expect(h!.selectors.quote).toBe('加快老旧小区');
    expect(h!.selectors.outlinePath).toEqual(['二、重点任务']);
    expect(h!.selectors.start).toBe(buildTextMap(body()).text.indexOf('加快老旧小区'));
    expect([h!.clipId, h!.color, h!.note, h!.url]).toEqual([clip.id, 'blue', '', clip.url]);
    await waitFor(() => expect(marks()).toEqual(['blue:加快老旧小区']));
    expect(screen.queryByRole('toolbar')).toBeNull();
    expect((await db.clips.get(clip.id))?.highlightCount).toBe(1); // written through insertHighlight
  });

  it('saves a note from the toolbar', async () => {
    const { db, clip } = await setup();
    render(<ReaderApp db={db} clipId={clip.id} />);
    await waitFor(() => expect(body().textContent).toContain('人民为中心'));
    const para = Array.from(body().querySelectorAll('p')).find((p) => p.textContent?.startsWith('坚持'))!;
    select(para, 0, 8);
    fireEvent.mouseUp(para);
    fireEvent.click(within(await screen.findByRole('toolbar')).getByRole('button', { name: 'Note' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: '以人民为中心' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(async () =>
      expect((await db.highlights.toArray()).map((h) => [h.selectors.quote, h.note, h.color])).toEqual([
        ['坚持以人民为中心', '以人民为中心', 'yellow'],
      ]),
    );
    await within(margin()).findByText('以人民为中心');
  });

  it('edits a highlight from a click on it or its margin note: colour, note, delete', async () => {
    const { db, clip } = await setup();
    const h = highlight(clip.id, '完善公共服务设施');
    await db.highlights.add(h);
    render(<ReaderApp db={db} clipId={clip.id} />);
    await waitFor(() => expect(marks()).toEqual(['green:完善公共服务设施']));
    fireEvent.click(body().querySelector('mark')!);
    let editor = await screen.findByRole('dialog', { name: 'Edit highlight' });
    expect(within(editor).getByRole('button', { name: 'Green' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(editor).getByRole('button', { name: 'Pink' }));
    await waitFor(() => expect(marks()).toEqual(['pink:完善公共服务设施']));

    fireEvent.click(within(margin()).getByRole('button'));
    editor = await screen.findByRole('dialog', { name: 'Edit highlight' });
    fireEvent.input(within(editor).getByRole('textbox', { name: 'Note' }), { target: { value: '公共服务' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save note' }));
    await waitFor(async () => expect((await db.highlights.get(h.id))?.note).toBe('公共服务'));

    fireEvent.click(within(margin()).getByRole('button'));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete highlight' }));
    await waitFor(async () => expect(await db.highlights.count()).toBe(0));
    await waitFor(() => expect(marks()).toEqual([]));
    expect((await db.clips.get(clip.id))?.highlightCount).toBe(0);

    // Undo brings it back, painted, with its note
    expect((await screen.findByText('Highlight and its note deleted.')).closest('[role="status"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(marks()).toEqual(['pink:完善公共服务设施']));
    expect((await db.highlights.get(h.id))?.note).toBe('公共服务');
    await within(margin()).findByText('公共服务');
  });

  it('shows highlights made in another context as they are stored', async () => {
    const { db, clip } = await setup();
    render(<ReaderApp db={db} clipId={clip.id} />);
    await within(await screen.findByRole('complementary', { name: 'Highlights and notes' })).findByText(/Select text/);
    await db.highlights.add(highlight(clip.id, '直辖市人民政府', { color: 'yellow', note: '来自弹出窗口' }));
    await waitFor(() => expect(marks()).toEqual(['yellow:直辖市人民政府']));
    await within(margin()).findByText('来自弹出窗口');
  });
});
