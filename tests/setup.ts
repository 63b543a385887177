// Dexie needs an IndexedDB in Node.
import 'fake-indexeddb/auto';
