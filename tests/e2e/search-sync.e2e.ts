/**
 * The background's in-memory search stays right when other contexts write, in Chromium:
 * - Dexie's storagemutated event reaches the service worker over its BroadcastChannel (a Dexie write in the popup);
 * - writes Dexie never sees (raw IndexedDB from a page) are caught by the staleness check before the next search.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { BUILD_E2E, clipFromPopup, launchWithExtension, openPopup, PageServer, tabIdOf, waitFor, type Browser } from './harness';

const TITLE = '推动数字经济和实体经济深度融合';

interface Page0 {
  total: number;
  hits: { clip: { id: string; title: string }; snippets: { field: string; text: string }[] }[];
}
const search = (page: Page, query: string) =>
  page.evaluate(async (query) => {
    const res = await chrome.runtime.sendMessage({ type: 'searchLibrary', data: { query, filter: {}, offset: 0, limit: 20 } });
    if (!res?.ok) throw new Error(JSON.stringify(res));
    return res.value as Page0;
  }, query);

/** Change rows with raw IndexedDB, behind Dexie's back: no storagemutated event is fired. */
const rawWrite = (page: Page, clipId: string, op: 'edit' | 'delete') =>
  page.evaluate(
    ({ clipId, op }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('clausemark');
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['clips', 'clipBodies'], 'readwrite');
          const clips = tx.objectStore('clips');
          const bodies = tx.objectStore('clipBodies');
          if (op === 'delete') (clips.delete(clipId), bodies.delete(clipId));
          else {
            clips.get(clipId).onsuccess = (e) => {
              const c = (e.target as IDBRequest).result;
              clips.put({ ...c, updatedAt: c.updatedAt + 1000 });
            };
            bodies.get(clipId).onsuccess = (e) => {
              const body = (e.target as IDBRequest).result;
              bodies.put({ ...body, text: `${body.text}\n附记：zebrafinch 观察。` });
            };
          }
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
    { clipId, op },
  );

describe('library search across extension contexts', () => {
  const server = new PageServer();
  let b: Browser;
  let popup: Page;
  before(async () => {
    await server.start();
    b = await launchWithExtension(BUILD_E2E);
    const page = await b.context.newPage();
    await page.goto(server.url('/zh-cms-article/'));
    const clipper = await openPopup(b, await tabIdOf(b, page));
    await clipFromPopup(clipper, TITLE);
    await clipper.close();
    popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extId}/popup.html?lang=en`);
  });
  after(async () => {
    await b.close();
    await server.stop();
  });

  it('finds a clip the background saved, with snippets', async () => {
    const r = await search(popup, '数字经济');
    assert.ok(r.total >= 1);
    assert.equal(r.hits[0]!.clip.title, TITLE);
    assert.ok(r.hits[0]!.snippets.length > 0);
  });

  it('hears a Dexie write made in the popup, in the service worker', async () => {
    await b.sw.evaluate(() => {
      const g = globalThis as unknown as { cmParts: string[] };
      g.cmParts = [];
      new BroadcastChannel('x-storagemutated-1').onmessage = (e) => g.cmParts.push(...Object.keys(e.data ?? {}));
    });
    await popup.getByText('Collections (0)').click();
    await popup.getByLabel('New collection').fill('e2e search');
    await popup.getByRole('button', { name: 'Create', exact: true }).click();
    const parts = await waitFor(async () => {
      const p = await b.sw.evaluate(() => (globalThis as unknown as { cmParts: string[] }).cmParts);
      return p.some((x) => x.startsWith('idb://clausemark/collections/')) && p;
    }, 'a storagemutated message in the service worker');
    assert.ok(parts.length > 0);
  });

  // No event comes for these writes; the staleness check, which runs at most once a second while events are
  // followed, must find them within about that second.
  it("sees writes made behind Dexie's back within the check's second: an edited body, then a deleted clip", async () => {
    const id = (await search(popup, '数字经济')).hits[0]!.clip.id;
    assert.equal((await search(popup, 'zebrafinch')).total, 0);
    await rawWrite(popup, id, 'edit');
    let t0 = Date.now();
    const edited = await waitFor(
      async () => {
        const page = await search(popup, 'zebrafinch');
        return page.total > 0 && page;
      },
      'the edited body in the search',
      3000,
    );
    assert.ok(Date.now() - t0 < 2000, `found after ${Date.now() - t0} ms`);
    assert.deepEqual(
      edited.hits.map((h) => h.clip.id),
      [id],
    );
    assert.match(edited.hits[0]!.snippets[0]!.text, /zebrafinch/);
    await rawWrite(popup, id, 'delete');
    t0 = Date.now();
    await waitFor(async () => (await search(popup, 'zebrafinch')).total === 0, 'the deleted clip gone from the search', 3000);
    assert.ok(Date.now() - t0 < 2000, `gone after ${Date.now() - t0} ms`);
    assert.ok(!(await search(popup, '数字经济')).hits.some((h) => h.clip.id === id));
  });
});
