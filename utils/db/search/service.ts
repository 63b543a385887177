/** The background's library search over this database: the search service (utils/search) fed by the Dexie store. */
import { SearchService, type LibrarySearchOptions } from '../../search/service';
import type { ClausemarkDB } from '../schema';
import { dexieSearchStore } from './store';

export type { LibrarySearchOptions };

export class LibrarySearch extends SearchService {
  constructor(db: ClausemarkDB, opts: LibrarySearchOptions = {}) {
    super(dexieSearchStore(db), opts);
  }
}
