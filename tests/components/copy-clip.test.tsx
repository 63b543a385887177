// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyClip } from '../../components/CopyClip';
import { writeLater } from '../../components/copy-clip';
import { Library } from '../../components/library/Library';
import { ClausemarkDB, importBundle } from '../../utils/db';
import { fromBackupJson, toMarkdown } from '../../utils/export/index';
import { setLocale } from '../../utils/i18n';

process.env.TZ = 'Asia/Shanghai';
const SAMPLE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'backup', 'sample.json'), 'utf8');
const sample = fromBackupJson(SAMPLE);
const LAW = sample.clips[0]!;

const dbs: ClausemarkDB[] = [];
afterEach(async () => {
  cleanup();
  setLocale('en');
  localStorage.clear();
  vi.unstubAllGlobals();
  for (const db of dbs.splice(0)) await db.delete();
});

function fakeClipboard() {
  const writeText = vi.fn(async (_: string) => {});
  return { clipboard: { writeText } as unknown as Clipboard, writeText };
}

describe('CopyClip', () => {
  it('copies the citation in the UI language’s style, and remembers another style once picked', async () => {
    const { clipboard, writeText } = fakeClipboard();
    const cite = vi.fn(async (_clip: unknown, style: string) => `ref in ${style}`);
    render(<CopyClip clip={LAW} markdown={async () => ''} cite={cite} clipboard={clipboard} />);
    expect((screen.getByRole('combobox', { name: 'Citation style' }) as HTMLSelectElement).value).toBe('apa');
    fireEvent.click(screen.getByRole('button', { name: `Copy a citation of “${LAW.title}”` }));
    await screen.findByText('Citation copied.');
    expect(writeText).toHaveBeenLastCalledWith('ref in apa');
    fireEvent.change(screen.getByRole('combobox', { name: 'Citation style' }), { target: { value: 'gb7714' } });
    fireEvent.click(screen.getByRole('button', { name: `Copy a citation of “${LAW.title}”` }));
    await waitFor(() => expect(writeText).toHaveBeenLastCalledWith('ref in gb7714'));
    cleanup();
    render(<CopyClip clip={LAW} markdown={async () => ''} cite={cite} clipboard={clipboard} />);
    expect((screen.getByRole('combobox', { name: 'Citation style' }) as HTMLSelectElement).value).toBe('gb7714');
  });

  it('defaults to GB/T 7714 in Chinese and says when the copy fails', async () => {
    setLocale('zh-CN');
    const clipboard = { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) } as unknown as Clipboard;
    render(<CopyClip clip={LAW} markdown={async () => '# x'} clipboard={clipboard} cite={async () => 'r'} />);
    expect((screen.getByRole('combobox', { name: '引文格式' }) as HTMLSelectElement).value).toBe('gb7714');
    fireEvent.click(screen.getByRole('button', { name: `将《${LAW.title}》复制为 Markdown` }));
    expect(await screen.findByText('复制失败：denied')).toBeTruthy();
  });

  it('writes a ClipboardItem within the click, before the text is ready', async () => {
    class Item {
      constructor(readonly items: Record<string, Promise<Blob>>) {}
    }
    vi.stubGlobal('ClipboardItem', Item);
    const write = vi.fn(async (items: Item[]) => void (await items[0]!.items['text/plain']));
    const writeText = vi.fn();
    let resolve!: (s: string) => void;
    const done = writeLater({ write, writeText } as unknown as Clipboard, new Promise<string>((r) => (resolve = r)));
    expect(write).toHaveBeenCalledTimes(1); // synchronously, while the click still counts as a user gesture
    resolve('text');
    await done;
    const blob = await write.mock.calls[0]![0][0]!.items['text/plain']!;
    const read = await new Promise((r) =>
      Object.assign(new FileReader(), { onload: (e: ProgressEvent<FileReader>) => r(e.target!.result) }).readAsText(blob),
    );
    expect([blob.type, read]).toEqual(['text/plain', 'text']);
    expect(writeText).not.toHaveBeenCalled();
  });
});

describe('copy buttons in the library', () => {
  async function libraryWith(writeText: (s: string) => Promise<void>) {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const db = new ClausemarkDB(`copy-clip-${Math.random()}`);
    dbs.push(db);
    await importBundle(db, sample);
    render(<Library db={db} openUrl={() => {}} openReader={() => {}} />);
    await screen.findByText(LAW.title);
  }

  it('copies a clip as the same Markdown the export writes', async () => {
    const writeText = vi.fn(async (_: string) => {});
    await libraryWith(writeText);
    fireEvent.click(screen.getByRole('button', { name: `Copy “${LAW.title}” as Markdown` }));
    await screen.findByText('Markdown copied.');
    const expected = toMarkdown({ ...sample, clips: [LAW] }).files[0]!.content;
    expect(writeText).toHaveBeenCalledWith(expected);
    expect(expected).toContain('==公共数据开放应当遵循需求导向');
  });

  it('copies a GB/T 7714 reference rendered by citeproc-js with the bundled style (zh-CN UI)', async () => {
    setLocale('zh-CN');
    const writeText = vi.fn(async (_: string) => {});
    await libraryWith(writeText);
    fireEvent.click(screen.getByRole('button', { name: `复制《${LAW.title}》的引文` }));
    await screen.findByText('引文已复制。', {}, { timeout: 15_000 });
    expect(writeText).toHaveBeenCalledWith(
      '某市人民政府. 某市公共数据开放管理办法: 某府规〔2024〕3号[A/OL]. (2024-03-05)[2024-03-06]. https://www.example.gov.cn/zwgk/2024/0301/gfxwj-3.html.',
    );
  }, 20_000);
});
