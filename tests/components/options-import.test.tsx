// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../components/options/OptionsApp';
import { importBundle } from '../../utils/db';
import { fromBackupJson } from '../../utils/export/index';
import { dump, SAMPLE } from '../helpers/backup-db';
import { chooseFile, cleanupOptions, fakeFile, freshDb, importFile, NOW } from '../helpers/options';

afterEach(cleanupOptions);

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
