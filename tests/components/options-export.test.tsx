// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, fileDate, type DownloadFile } from '../../components/export-formats';
import { OptionsApp } from '../../components/options/OptionsApp';
import { importBundle } from '../../utils/db';
import { fromBackupJson } from '../../utils/export/index';
import { SAMPLE } from '../helpers/backup-db';
import { cleanupOptions, freshDb, NOW } from '../helpers/options';

afterEach(cleanupOptions);

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
      'clausemark-clips-2026-11-27.csv',
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
    expect(saved[2]!.data).toMatch(/^\uFEFF"Clip title","Document number"/);
    expect(JSON.parse(saved[5]!.data as string)).toHaveLength(3);
    expect(fromBackupJson(saved[6]!.data as string).clips).toHaveLength(3);
    // docx is a zip too
    expect(Object.keys(unzipSync(saved[4]!.data as Uint8Array))).toContain('word/document.xml');
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
