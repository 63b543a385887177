// Dexie needs an IndexedDB in Node.
import 'fake-indexeddb/auto';
import { afterAll } from 'vitest';

// Component tests (jsdom): Preact runs effects from a 35 ms timer that calls cancelAnimationFrame. Let the last one
// fire before the file's jsdom is torn down, or a loaded machine reports "cancelAnimationFrame is not defined".
if (typeof window !== 'undefined') afterAll(() => new Promise((resolve) => setTimeout(resolve, 50)));
