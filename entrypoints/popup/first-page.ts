// Imported before anything else by main.tsx: the library's first page is read from IndexedDB while the rest of the
// popup's code is still being evaluated, so the first render can already show rows.
import { ClausemarkDB, PAGE_SIZE, queryLibrary, type LibraryPage } from '../../utils/db';

export const db = new ClausemarkDB();

/** Resolves with the first page, or undefined when it fails (the live list then reports the error). */
export const firstPage: Promise<LibraryPage | undefined> = queryLibrary(db, {}, { offset: 0, limit: PAGE_SIZE }).catch(() => undefined);
