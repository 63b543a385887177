/** Fresh fake-indexeddb databases for a test file; the file registers `afterEach(deleteDbs)` to drop them. */
import { ClausemarkDB } from '../../utils/db';

const dbs: ClausemarkDB[] = [];
export function trackedDb(prefix: string): ClausemarkDB {
  const db = new ClausemarkDB(`${prefix}-${Math.random()}`);
  dbs.push(db);
  return db;
}
export async function deleteDbs(): Promise<void> {
  for (const db of dbs.splice(0)) await db.delete();
}
