/** Seeding the library page's database straight through IndexedDB (its e2e test and bench; faster than a backup import). */
import type { Page } from 'playwright-core';
import type { FullBundle } from '../../utils/export/types';

/** Writes the bundle's rows into the page's `clausemark` database; the page must have opened it (Dexie made the stores). */
export async function seedThroughPage(page: Page, bundle: FullBundle): Promise<void> {
  await page.evaluate(async (b) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('clausemark');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const stores = ['clips', 'clipBodies', 'highlights', 'collections', 'memberships'] as const;
    const tx = db.transaction([...stores], 'readwrite');
    const rows = { clips: b.clips, clipBodies: b.bodies, highlights: b.highlights, collections: b.collections, memberships: b.memberships };
    for (const s of stores) for (const row of rows[s]) tx.objectStore(s).put(row);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, bundle);
}
