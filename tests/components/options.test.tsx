// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_FORMATS, fileDate, type DownloadFile } from '../../components/export-formats';
import { OptionsApp } from '../../components/options/OptionsApp';
import { PopupApp } from '../../components/PopupApp';
import { ClausemarkDB, importBundle } from '../../utils/db';
import { fromBackupJson } from '../../utils/export/index';

const SAMPLE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'backup', 'sample.json'), 'utf8');
const NOW = new Date(2026, 10, 27, 10, 0).getTime();

const dbs: ClausemarkDB[] = [];
afterEach(async () => {
  cleanup();
  for (const db of dbs.splice(0)) await db.delete();
});
function freshDb() {
  const db = new ClausemarkDB(`options-${Math.random()}`);
  dbs.push(db);
  return db;
}
async function dump(db: ClausemarkDB): Promise<string> {
  return JSON.stringify(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])));
}
/** jsdom's File has no text(): the panel only needs size and text(), as a browser File has. */
function fakeFile(content: string, size = content.length) {
  return { name: 'backup.json', size, text: vi.fn(async () => content) };
}
function chooseFile(file: ReturnType<typeof fakeFile>) {
  const input = screen.getByLabelText('Backup file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}
/** Choose a file, wait for its plan, and press Import. */
async function importFile(file: ReturnType<typeof fakeFile>) {
  chooseFile(file);
  await screen.findByText('This backup holds:');
  fireEvent.click(screen.getByRole('button', { name: 'Import' }));
}

describe('export', () => {
  it('every format button saves a dated file built from the whole library', async () => {
    const db = freshDb();
    await importBundle(db, fromBackupJson(SAMPLE));
    const saved: DownloadFile[] = [];
    render(<OptionsApp db={db} save={(f) => saved.push(f)} now={() => NOW} />);
    await screen.findByText('All 3 clips, with their highlights.');
    for (const f of EXPORT_FORMATS) {
      fireEvent.click(screen.getByRole('button', { name: f.label }));
      await waitFor(() => expect(saved).toHaveLength(EXPORT_FORMATS.indexOf(f) + 1));
    }
    expect(saved.map((f) => f.name)).toEqual([
      'clausemark-2026-11-27.zip',
      'clausemark-highlights-2026-11-27.csv',
      'clausemark-2026-11-27.html',
      'clausemark-2026-11-27.docx',
      'clausemark-2026-11-27.csl.json',
      'clausemark-backup-2026-11-27.json',
    ]);
    await screen.findByText('Saved clausemark-backup-2026-11-27.json');
    const zip = unzipSync(saved[0]!.data as Uint8Array);
    expect(Object.keys(zip)).toHaveLength(3);
    expect(Object.values(zip).map((b) => strFromU8(b).split('\n')[1])).toContain('title: "某市公共数据开放管理办法"');
    expect(saved[1]!.data).toMatch(/^\uFEFF/);
    expect(JSON.parse(saved[4]!.data as string)).toHaveLength(3);
    expect(fromBackupJson(saved[5]!.data as string).clips).toHaveLength(3);
    // docx is a zip too
    expect(Object.keys(unzipSync(saved[3]!.data as Uint8Array))).toContain('word/document.xml');
  });

  it('an empty library offers nothing to export', async () => {
    render(<OptionsApp db={freshDb()} save={() => {}} />);
    await screen.findByText(/nothing to export yet/);
    for (const f of EXPORT_FORMATS) expect((screen.getByRole('button', { name: f.label }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('file dates are local calendar dates', () => {
    expect(fileDate(new Date(2026, 0, 5, 23, 59).getTime())).toBe('2026-01-05');
  });
});

describe('import', () => {
  it('imports a backup and shows the counts', async () => {
    const db = freshDb();
    render(<OptionsApp db={db} save={() => {}} />);
    await importFile(fakeFile(SAMPLE));
    const status = await screen.findByText('Imported.');
    expect(status.parentElement!.textContent).toMatch(/Clips: 3 added, 0 updated, 0 skipped/);
    expect(status.parentElement!.textContent).toMatch(/Highlights: 7 added, 0 updated, 0 skipped/);
    expect(status.parentElement!.textContent).toMatch(/Collections: 2 added/);
    expect(await db.clips.count()).toBe(3);
    // the export panel sees the new clips live
    await screen.findByText('All 3 clips, with their highlights.');
  });

  it('a broken file shows the reason and changes nothing', async () => {
    const db = freshDb();
    await importBundle(db, fromBackupJson(SAMPLE));
    const before = await dump(db);
    render(<OptionsApp db={db} save={() => {}} />);
    chooseFile(fakeFile(SAMPLE.slice(0, 500)));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /cannot be imported: the file is incomplete \(truncated\).*Nothing was changed/,
    );
    expect(await dump(db)).toBe(before);
  });

  it('refuses a file over 200 MB without reading it', async () => {
    const db = freshDb();
    render(<OptionsApp db={db} save={() => {}} />);
    const file = fakeFile(SAMPLE, 300 * 1024 * 1024);
    chooseFile(file);
    expect((await screen.findByRole('alert')).textContent).toMatch(/too large \(300 MB; a backup can be at most 200 MB\)/);
    expect(file.text).not.toHaveBeenCalled();
    expect(await db.clips.count()).toBe(0);
  });
});

describe('import plan', () => {
  /** The user's library: the sample, with one clip edited since (so the backup's copy differs) — and a stranger's backup. */
  async function setUp() {
    const db = freshDb();
    await importBundle(db, fromBackupJson(SAMPLE));
    await db.clips.update('clip-data-rules', { title: 'My edited title', updatedAt: NOW });
    const theirs = JSON.parse(SAMPLE);
    theirs.clips[0].title = 'Taken over';
    theirs.clips[0].updatedAt = Date.UTC(2999, 0, 1);
    theirs.clips[0].excerpt = 'theirs';
    theirs.highlights[0].note = 'their note';
    theirs.clips.push({
      ...theirs.clips[2],
      id: 'new-one',
      title: 'A new page',
      url: 'https://new.example/',
      canonicalUrl: 'https://new.example/',
    });
    theirs.highlights.push({ ...theirs.highlights[6], id: 'new-h', clipId: 'new-one', url: 'https://new.example/' });
    theirs.collections.push({ id: 'their-col', name: 'Their collection', createdAt: 0 });
    return { db, text: JSON.stringify(theirs) };
  }

  it("shows what the import adds and replaces (by the user's titles) and writes nothing until Import", async () => {
    const { db, text } = await setUp();
    const before = await dump(db);
    render(<OptionsApp db={db} save={() => {}} now={() => NOW} />);
    chooseFile(fakeFile(text));
    const plan = (await screen.findByRole('group', { name: 'This backup holds:' })).textContent!;
    expect(plan).toMatch(/New clips: 1\s*A new page/);
    // the backup's copy is dated 2999: capped at tomorrow, still newer than the user's, so no "(yours is newer)"
    expect(plan).toMatch(/Clips you already have, in another version: 1\s*My edited titleClips you already have, the same: 2/);
    expect(plan).toMatch(/Clips you already have, the same: 2/);
    expect(plan).toMatch(/Highlights of the new clips: 1/);
    expect(plan).toMatch(/Highlights of clips you already have: 7 \(imported only if you replace your clips\)/);
    expect(plan).toMatch(/New collections: Their collection/);
    const box = screen.getByRole('checkbox', { name: "Replace my clips with the backup's copies" }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(await dump(db)).toBe(before);
  });

  it("without the opt-in the user's clip is kept; with it the backup's copy replaces it", async () => {
    const { db, text } = await setUp();
    render(<OptionsApp db={db} save={() => {}} now={() => NOW} />);
    await importFile(fakeFile(text));
    const status = await screen.findByText('Imported.');
    expect(status.parentElement!.textContent).toMatch(/Clips: 1 added, 0 updated, 3 skipped/);
    expect(status.parentElement!.textContent).toMatch(/Highlights: 1 added, 0 updated, 7 skipped/);
    expect(await db.clips.get('clip-data-rules')).toMatchObject({ title: 'My edited title', updatedAt: NOW });
    expect((await db.highlights.get(fromBackupJson(SAMPLE).highlights[0]!.id))?.note).not.toBe('their note');

    chooseFile(fakeFile(text));
    const box = await screen.findByRole('checkbox', { name: "Replace my clips with the backup's copies" });
    fireEvent.click(box);
    await screen.findByText(/Ticked, the backup's copies replace yours/);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.getByText('Imported.').parentElement!.textContent).toMatch(/Clips: 0 added, 1 updated, 3 skipped/));
    const taken = (await db.clips.get('clip-data-rules'))!;
    expect(taken.title).toBe('Taken over');
    // the year 2999 is capped at a day after now
    expect(taken.updatedAt).toBe(NOW + 24 * 3600 * 1000);
    expect((await db.highlights.get(fromBackupJson(SAMPLE).highlights[0]!.id))?.note).toBe('their note');
  });

  it('a backup with a javascript: address is refused, naming the field, and nothing changes', async () => {
    const { db } = await setUp();
    const before = await dump(db);
    const bad = JSON.parse(SAMPLE);
    bad.clips[1].url = 'javascript:alert(document.domain)';
    render(<OptionsApp db={db} save={() => {}} now={() => NOW} />);
    chooseFile(fakeFile(JSON.stringify(bad)));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This file cannot be imported: clips[1].url: only http, https and file addresses can be imported, not javascript: addresses. Nothing was changed.',
    );
    expect((screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
    expect(await dump(db)).toBe(before);
  });
});

describe('popup link', () => {
  it('"Library & backup…" opens the options page', async () => {
    const openLibrary = vi.fn();
    render(
      <PopupApp
        db={freshDb()}
        tab={null}
        clip={async () => ({ ok: false, error: { code: 'no-tab', message: '' } })}
        openUrl={() => {}}
        openLibrary={openLibrary}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Library & backup…' }));
    expect(openLibrary).toHaveBeenCalledOnce();
  });
});

describe('sites with automatic highlights', () => {
  it('lists each site with a Remove button and says why it is per site', async () => {
    let sites = ['https://www.gov.cn/*', 'http://127.0.0.1/*'];
    const remove = vi.fn(async (p: string) => void (sites = sites.filter((s) => s !== p)));
    render(<OptionsApp db={freshDb()} save={() => {}} autoShow={{ load: async () => sites, remove }} />);
    const section = await screen.findByRole('region', { name: 'Sites with automatic highlights' });
    expect(section.textContent).toMatch(/never to every site/);
    await screen.findByText('www.gov.cn');
    fireEvent.click(screen.getByRole('button', { name: 'Remove www.gov.cn' }));
    await waitFor(() => expect(screen.queryByText('www.gov.cn')).toBeNull());
    expect(remove).toHaveBeenCalledWith('https://www.gov.cn/*');
    expect(screen.getByText('127.0.0.1')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove 127.0.0.1' }));
    await screen.findByText(/None yet/);
  });
});
