// @vitest-environment jsdom
// The options page ("Library & backup") in Chinese.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_FORMATS } from '../../components/export-formats';
import { OptionsApp } from '../../components/options/OptionsApp';
import { ClausemarkDB } from '../../utils/db';
import { setLocale } from '../../utils/i18n';

const SAMPLE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'backup', 'sample.json'), 'utf8');
const dbs: ClausemarkDB[] = [];
beforeEach(() => setLocale('zh-CN'));
afterEach(async () => {
  cleanup();
  setLocale('en');
  for (const db of dbs.splice(0)) await db.delete();
});
function freshDb() {
  const db = new ClausemarkDB(`i18n-options-${Math.random()}`);
  dbs.push(db);
  return db;
}
function importFile(content: string, size = content.length) {
  const input = screen.getByLabelText('备份文件') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [{ name: 'b.json', size, text: vi.fn(async () => content) }], configurable: true });
  fireEvent.change(input);
}

describe('options page in Chinese', () => {
  it('headings, export formats with their descriptions, and the empty library', async () => {
    render(<OptionsApp db={freshDb()} save={() => {}} />);
    screen.getByRole('heading', { level: 1, name: 'Clausemark — 资料库与备份' });
    screen.getByRole('heading', { name: '导出' });
    screen.getByRole('heading', { name: '导入备份' });
    await screen.findByText('资料库是空的，暂无可导出的内容。');
    expect(EXPORT_FORMATS.map((f) => f.label)).toEqual([
      'Markdown（.zip）',
      '高亮表格（.csv）',
      '文件台账（.csv）',
      '网页（.html）',
      'Word（.docx）',
      'CSL-JSON（Zotero）',
      '备份（.json）',
    ]);
    const word = screen.getByRole('button', { name: 'Word（.docx）' });
    expect(document.getElementById(word.getAttribute('aria-describedby')!)!.textContent).toBe('每篇剪藏一份报告');
  });

  it('an import reports its counts in Chinese', async () => {
    render(<OptionsApp db={freshDb()} save={() => {}} />);
    importFile(SAMPLE);
    // the plan first, in Chinese; then Import
    const plan = (await screen.findByRole('group', { name: '此备份包含：' })).textContent!;
    expect(plan).toContain('新剪藏：3 篇');
    expect(plan).toContain('新合集：营商环境、数据治理');
    fireEvent.click(screen.getByRole('button', { name: '导入' }));
    const done = await screen.findByText('导入完成。');
    expect(done.parentElement!.textContent).toContain('剪藏：新增 3，更新 0，跳过 0');
    expect(done.parentElement!.textContent).toContain('合集：新增 2');
    await screen.findByText('全部 3 篇剪藏及其高亮。');
  });

  it('a broken or oversized backup is refused with a Chinese reason', async () => {
    render(<OptionsApp db={freshDb()} save={() => {}} />);
    importFile(SAMPLE.slice(0, 500));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^无法导入此文件：文件不完整（已被截断）：.*。未作任何改动。$/);
    importFile(SAMPLE, 300 * 1024 * 1024);
    expect((await screen.findByRole('alert')).textContent).toBe('文件过大（300 MB；备份文件最大 200 MB）。未作任何改动。');
  });
});
