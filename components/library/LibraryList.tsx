import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Clip } from '../../utils/model';
import { t } from '../../utils/i18n';
import { tn } from './library-plural';
import { ClipRow, type ClipRowProps } from './ClipRow';
import type { LibraryRow } from './library-rows';

export interface LibraryListProps {
  rows: LibraryRow[] | undefined;
  total: number | undefined;
  /** the search query; '' for the plain list */
  query: string;
  /** a filter is active, so an empty list means "nothing matches", not "nothing clipped" */
  filtered: boolean;
  onClear: () => void;
  onShowMore: () => void;
  onRead: (clip: Clip) => void;
  onOpen?: (clip: Clip) => void;
  selection?: ReadonlySet<string>;
  onSelect?: (ids: string[], selected: boolean) => void;
  collections?: ClipRowProps['collections'];
  markdown?: ClipRowProps['markdown'];
  /** called once, when the first rows are on screen (the popup marks its first render with it) */
  onFirstRows?: () => void;
}

/** Rows in the popup's first frame: more than fit in its 600 px. */
const FIRST_FRAME_ROWS = 12;

export function LibraryList(props: LibraryListProps) {
  const { rows, total, query, filtered, selection, onSelect } = props;
  const reported = useRef(false);
  // The first time rows arrive, only those that can be on screen are rendered; the rest follow right after that
  // frame. Later updates (show more, a new clip, a search) render every row at once.
  const [complete, setComplete] = useState(false);
  // a layout effect runs right after the rows are in the DOM; a plain effect waits for a paint first
  useLayoutEffect(() => {
    if (!rows?.length || reported.current) return;
    reported.current = true;
    props.onFirstRows?.();
    if (rows.length > FIRST_FRAME_ROWS) requestAnimationFrame(() => setTimeout(() => setComplete(true), 0));
    else setComplete(true); // a short first list: later, longer ones must not be cut
  });
  if (!rows) return <p class="muted">{t('library.loading')}</p>;
  if (rows.length === 0) {
    if (!query && !filtered) return <p class="muted library-empty">{t('library.empty')}</p>;
    return (
      <p class="muted library-empty" aria-live="polite">
        {query ? t('library.noResults', { query }) : t('library.noMatches')}{' '}
        <button type="button" class="link-button" onClick={props.onClear}>
          {query ? t('library.clearSearch') : t('library.clearFilters')}
        </button>
      </p>
    );
  }
  const visible = complete || rows.length <= FIRST_FRAME_ROWS ? rows : rows.slice(0, FIRST_FRAME_ROWS);
  const shownIds = rows.map((r) => r.clip.id);
  const allSelected = !!selection && shownIds.every((id) => selection.has(id));
  return (
    <>
      <div class="library-head">
        {onSelect && (
          <label class="filter-check">
            <input
              type="checkbox"
              checked={allSelected}
              onChange={(e) => onSelect(shownIds, (e.currentTarget as HTMLInputElement).checked)}
            />
            {t('library.selectAllShown')}
          </label>
        )}
        <span class="muted library-count" aria-live="polite">
          {query ? tn('library.resultCount', total ?? rows.length) : tn('library.clipCount', total ?? rows.length)}
        </span>
      </div>
      <ul class="library" role="list" aria-label={t('library.title')}>
        {visible.map((r) => (
          <ClipRow
            key={r.clip.id}
            clip={r.clip}
            snippets={r.snippets}
            onRead={props.onRead}
            onOpen={props.onOpen}
            selected={selection?.has(r.clip.id)}
            onSelect={onSelect && ((c, on) => onSelect([c.id], on))}
            collections={props.collections}
            markdown={props.markdown}
          />
        ))}
      </ul>
      {total !== undefined && total > rows.length && (
        <button type="button" class="link-button" onClick={props.onShowMore}>
          {tn('library.showMore', total - rows.length)}
        </button>
      )}
    </>
  );
}
