// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Library } from '../../components/library/Library';
import { ClausemarkDB, importBundle } from '../../utils/db';
import { fromBackupJson } from '../../utils/export/index';

const SAMPLE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'backup', 'sample.json'), 'utf8');
const dbs: ClausemarkDB[] = [];
afterEach(async () => {
  cleanup();
  for (const db of dbs.splice(0)) await db.delete();
});

/** The sample library with one clip's address turned hostile (as an old import or a bug could have stored it). */
async function library(url: string) {
  const db = new ClausemarkDB(`library-open-${Math.random()}`);
  dbs.push(db);
  await importBundle(db, fromBackupJson(SAMPLE));
  await db.clips.update('clip-commentary', { url });
  return db;
}
const TITLE = '把企业的“急难愁盼”当作“指南针”';

describe("opening a clip's original page", () => {
  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'chrome://settings', 'file://attacker.example/x'])(
    'never hands %s to the browser',
    async (url) => {
      const db = await library(url);
      const openUrl = vi.fn();
      const { unmount } = render(<Library db={db} openUrl={openUrl} openReader={() => {}} />);
      await screen.findByText(TITLE);
      // no "Original page" link on that row, the other rows keep theirs
      expect(screen.queryByRole('button', { name: `Open the original page of “${TITLE}”` })).toBeNull();
      expect(screen.getAllByRole('button', { name: /^Open the original page of/ })).toHaveLength(2);
      unmount();
      // without a reader the title opens the original page: nothing happens for this one
      render(<Library db={db} openUrl={openUrl} />);
      fireEvent.click(await screen.findByText(TITLE));
      expect(openUrl).not.toHaveBeenCalled();
    },
  );

  it('opens web pages (the parsed address)', async () => {
    const db = await library('https://paper.example.com/rb/pl-01.html');
    const openUrl = vi.fn();
    render(<Library db={db} openUrl={openUrl} openReader={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: `Open the original page of “${TITLE}”` }));
    expect(openUrl).toHaveBeenCalledWith('https://paper.example.com/rb/pl-01.html');
  });
});
