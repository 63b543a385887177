import { useCallback, useState } from 'preact/hooks';
import {
  addToCollection,
  deleteClips,
  keptAttachments,
  listCollections,
  listSites,
  PAGE_SIZE,
  removeFromCollection,
  type ClausemarkDB,
} from '../../utils/db';
import type { Clip, LibraryFilter, LibraryPage } from '../../utils/model';
import { t } from '../../utils/i18n';
import { openableUrl } from '../../utils/safe-url';
import { tn } from './library-plural';
import { CollectionManager } from './CollectionManager';
import { LibraryBulkBar } from './LibraryBulkBar';
import { LibraryExport } from './LibraryExport';
import { LibraryFilters } from './LibraryFilters';
import { LibraryList } from './LibraryList';
import { clipMarkdownText } from '../copy-clip';
import { LibrarySearch } from './LibrarySearch';
import { isFilterEmpty, withoutFilter } from './library-filter';
import { SEARCH_PAGE_SIZE, useLibraryRows, type SearchFn } from './library-rows';
import { useLiveQuery } from '../use-live-query';

export interface LibraryProps {
  db: ClausemarkDB;
  openUrl: (url: string) => void;
  /** full-text search in the background; without it there is no search box */
  search?: SearchFn;
  /** open a clip in the reader; without it a clip's title opens the original page */
  openReader?: (clipId: string) => void;
  /** hand an exported file to the browser; without it there is no export */
  download?: (filename: string, blob: Blob) => void;
  onFirstRows?: () => void;
  /** the unfiltered first page, already read (the popup reads it while it looks up the tab) */
  firstPage?: LibraryPage;
  now?: () => number;
  /** "/" anywhere on the page (outside a text field) focuses the search box */
  searchKey?: boolean;
}

/** The popup's library: search, filters, collections, multi-select with bulk actions, and export. */
export function Library({ db, openUrl, search, openReader, download, onFirstRows, firstPage, now, searchKey }: LibraryProps) {
  const [query, setQuery] = useState('');
  const [filter, setFilterState] = useState<LibraryFilter>({});
  // pages shown: the list reads PAGE_SIZE clips a page; a search SEARCH_PAGE_SIZE results (cut with snippets)
  const [pages, setPages] = useState(1);
  const limit = pages * (query.trim() && search ? SEARCH_PAGE_SIZE : PAGE_SIZE);
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [exportOpen, setExportOpen] = useState(false);
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState('');
  const collections = useLiveQuery(() => listCollections(db), [db]);
  const { rows, total, error } = useLibraryRows(db, query, filter, limit, search, version, firstPage);
  const loadSites = useCallback(() => listSites(db), [db]);
  const current = collections.value?.find((c) => c.id === filter.collectionId);
  const ids = [...selection];

  const setFilter = (f: LibraryFilter) => (setFilterState(f), setPages(1));
  const changed = (text: string) => (setMessage(text), setVersion((v) => v + 1));
  const select = (changedIds: string[], on: boolean) => {
    const next = new Set(selection);
    for (const id of changedIds) on ? next.add(id) : next.delete(id);
    setSelection(next);
  };
  // the original page only when its address is one to open (the wiring checks again)
  const original = (c: Clip) => {
    const url = openableUrl(c.url);
    if (url) openUrl(url);
  };
  const read = (c: Clip) => (openReader ? openReader(c.id) : original(c));

  return (
    <section class="library-section" aria-labelledby="library-title">
      <h2 id="library-title" class="section-title">
        {t('library.title')}
      </h2>
      {search && <LibrarySearch query={query} onQuery={(q) => (setQuery(q), setPages(1))} keyTarget={searchKey ? document : undefined} />}
      <LibraryFilters filter={filter} onChange={setFilter} collections={collections.value} loadSites={loadSites} />
      <CollectionManager
        db={db}
        collections={collections.value}
        current={filter.collectionId}
        onPick={(id) => setFilter({ ...filter, collectionId: id })}
        onDeleted={(id) => (filter.collectionId === id && setFilter(withoutFilter(filter, 'collectionId')), changed(''))}
      />
      {download && (
        <LibraryExport
          db={db}
          download={download}
          collection={current}
          selection={ids}
          open={exportOpen}
          onToggle={setExportOpen}
          now={now}
        />
      )}
      {selection.size > 0 && (
        <LibraryBulkBar
          count={selection.size}
          collections={collections.value}
          current={current}
          onClear={() => (setSelection(new Set()), setMessage(''))}
          onAdd={async (id) => {
            const n = await addToCollection(db, id, ids);
            changed(tn('library.bulk.added', n, { name: collections.value?.find((c) => c.id === id)?.name ?? '' }));
          }}
          onRemove={async () => {
            if (!current) return;
            const n = await removeFromCollection(db, current.id, ids);
            setSelection(new Set());
            changed(tn('library.bulk.removed', n, { name: current.name }));
          }}
          onExport={() => setExportOpen(true)}
          onDelete={async () => {
            const kept = await keptAttachments(db, ids);
            const n = await deleteClips(db, ids);
            setSelection(new Set());
            changed(tn('library.bulk.deleted', n) + (kept ? ` ${t('attach.deletedKept', { n: kept })}` : ''));
          }}
        />
      )}
      {message && (
        <p class="library-message" aria-live="polite">
          {message}
        </p>
      )}
      {error ? (
        <p class="notice notice-error" role="alert">
          {query ? t('library.searchFailed', { message: error }) : t('library.readFailed', { message: error })}
        </p>
      ) : (
        <LibraryList
          rows={rows}
          total={total}
          query={search ? query : ''}
          filtered={!isFilterEmpty(filter)}
          onClear={() => (setQuery(''), setFilter({}))}
          onShowMore={() => setPages((n) => n + 1)}
          onRead={read}
          onOpen={openReader ? original : undefined}
          selection={selection}
          onSelect={select}
          collections={collections.value ? { db, all: collections.value, onChanged: () => changed('') } : undefined}
          onFirstRows={onFirstRows}
          markdown={(clip) => clipMarkdownText(db, clip.id)}
        />
      )}
    </section>
  );
}
