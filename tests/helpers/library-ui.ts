/** Shared set-up of the library component tests (library-collections, library-bulk): seeded clips, rows, blobs. */
import { cleanup, screen } from '@testing-library/preact';
import { saveClip, type ClausemarkDB } from '../../utils/db';
import { deleteDbs, trackedDb } from './db';
import { makePage } from './page';

export const freshDb = () => trackedDb('library-coll');
/** For `afterEach`: unmount, then drop the test's databases. */
export async function cleanupLibrary(): Promise<void> {
  cleanup();
  await deleteDbs();
}
export async function seed(db: ClausemarkDB, n = 3) {
  const ids: string[] = [];
  for (let i = 1; i <= n; i++) {
    const { clip } = await saveClip(
      db,
      makePage({
        title: `文件${i}`,
        url: `https://a.cn/${i}`,
        canonicalUrl: `https://a.cn/${i}`,
        siteName: i % 2 ? '中国政府网' : '人民网',
      }),
      new Date(2026, 0, i * 10).getTime(),
    );
    ids.push(clip.id);
  }
  return ids;
}
/** jsdom's Blob has neither text() nor arrayBuffer(); a browser's has both. */
export function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
export const titles = () => Array.from(document.querySelectorAll('.library .clip-title')).map((e) => e.textContent);
export const rowOf = (title: string) => screen.getByText(title).closest('li')!;
