// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DownloadFile } from '../../components/export-formats';
import { LibraryExport } from '../../components/library/LibraryExport';
import { OptionsApp } from '../../components/options/OptionsApp';
import { importBundle } from '../../utils/db';
import { fromBackupJson } from '../../utils/export/index';
import { setLocale } from '../../utils/i18n';
import { SAMPLE } from '../helpers/backup-db';
import { cleanupOptions, freshDb, NOW } from '../helpers/options';

afterEach(() => {
  cleanupOptions();
  setLocale('en');
});
beforeEach(() => localStorage.clear());

const ARTICLE_ONE = '结合本市实际，制定本办法'; // text of 第一条, never highlighted
const documentXml = (data: DownloadFile['data'] | Uint8Array) => strFromU8(unzipSync(data as Uint8Array)['word/document.xml']!);

describe('full document or highlights only', () => {
  it('the options page exports the full document by default, highlights only when chosen, and remembers the choice', async () => {
    const db = freshDb();
    await importBundle(db, fromBackupJson(SAMPLE));
    const saved: DownloadFile[] = [];
    const view = render(<OptionsApp db={db} save={(f) => saved.push(f)} now={() => NOW} />);
    await screen.findByText('All 3 clips, with their highlights.');
    expect((screen.getByLabelText('the full document') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Word (.docx)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(documentXml(saved[0]!.data)).toContain(ARTICLE_ONE);

    fireEvent.click(screen.getByLabelText('highlights only'));
    fireEvent.click(screen.getByRole('button', { name: 'Word (.docx)' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    const xml = documentXml(saved[1]!.data);
    expect(xml).not.toContain(ARTICLE_ONE);
    expect(xml).toContain('公共数据开放应当遵循需求导向、分类分级、统一标准、安全可控的原则');

    view.unmount();
    render(<OptionsApp db={db} save={() => {}} now={() => NOW} />);
    expect((screen.getByLabelText('highlights only') as HTMLInputElement).checked).toBe(true);
  });

  it('the library exports a collection as Word with the full text, its labels in the UI language', async () => {
    setLocale('zh-CN');
    const db = freshDb();
    await importBundle(db, fromBackupJson(SAMPLE));
    const col = (await db.collections.toArray()).find((c) => c.name === '数据治理')!;
    const files: { name: string; blob: Blob }[] = [];
    render(
      <LibraryExport
        db={db}
        download={(name, blob) => files.push({ name, blob })}
        collection={{ ...col, count: 2 }}
        selection={[]}
        open
        onToggle={() => {}}
        now={() => NOW}
      />,
    );
    expect((screen.getByLabelText('完整文档') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Word（.docx）' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toBe('clausemark-数据治理-2026-11-27.docx');
    // jsdom's Blob cannot be read back: FileReader can
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const r = new FileReader();
      r.onload = () => resolve(r.result as ArrayBuffer);
      r.readAsArrayBuffer(files[0]!.blob);
    });
    const xml = documentXml(new Uint8Array(bytes));
    expect(xml).toContain(ARTICLE_ONE);
    for (const label of ['发文机关', '文号', '全文', '共 2 篇']) expect(xml).toContain(label);
    expect(xml).not.toContain('Document number');
  });
});
