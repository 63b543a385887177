import { useEffect, useState } from 'preact/hooks';
import type { CollectionInfo } from '../../utils/db';
import type { LibraryFilter } from '../../utils/model';
import { t } from '../../utils/i18n';
import { dateInputToMs, filterChips, msToDateInput, withoutFilter, type FilterKey } from './library-filter';

export interface LibraryFiltersProps {
  filter: LibraryFilter;
  onChange: (filter: LibraryFilter) => void;
  collections: CollectionInfo[] | undefined;
  /** read only when the panel is opened: listing sites scans the clips' site index */
  loadSites: () => Promise<{ siteName: string; count: number }[]>;
}

/** A "Filters" toggle with a compact panel, and the active filters as chips that remove themselves. */
export function LibraryFilters({ filter, onChange, collections, loadSites }: LibraryFiltersProps) {
  const [open, setOpen] = useState(false);
  const [sites, setSites] = useState<{ siteName: string; count: number }[]>();
  useEffect(() => {
    if (open) void loadSites().then(setSites, () => setSites([]));
  }, [open, loadSites]);
  const chips = filterChips(filter, (id) => collections?.find((c) => c.id === id)?.name);
  const set = (key: FilterKey, value: string | number | boolean | undefined) =>
    onChange(value === undefined || value === '' || value === false ? withoutFilter(filter, key) : { ...filter, [key]: value });
  const selectValue = (e: Event) => (e.currentTarget as HTMLSelectElement).value;

  return (
    <div class="library-filters">
      <div class="filter-bar">
        <button type="button" class="chip-toggle" aria-expanded={open} aria-controls="filter-panel" onClick={() => setOpen(!open)}>
          {t('library.filters')}
        </button>
        {chips.map((c) => (
          <span class="chip" key={c.key}>
            {c.label}
            <button
              type="button"
              class="chip-remove"
              aria-label={t('library.chip.remove', { filter: c.label })}
              onClick={() => onChange(withoutFilter(filter, c.key))}
            >
              ×
            </button>
          </span>
        ))}
      </div>
      {open && (
        <div id="filter-panel" class="filter-panel">
          <label>
            {t('library.filter.collection')}
            <select value={filter.collectionId ?? ''} onChange={(e) => set('collectionId', selectValue(e))}>
              <option value="">{t('library.filter.any')}</option>
              {collections?.map((c) => (
                <option key={c.id} value={c.id}>{`${c.name} (${c.count})`}</option>
              ))}
            </select>
          </label>
          <label>
            {t('library.filter.site')}
            <select
              value={filter.siteName ?? '\u0000'}
              onChange={(e) => set('siteName', selectValue(e) === '\u0000' ? undefined : selectValue(e))}
            >
              <option value={'\u0000'}>{t('library.filter.any')}</option>
              {filter.siteName !== undefined && !sites?.some((s) => s.siteName === filter.siteName) && (
                <option value={filter.siteName}>{filter.siteName || t('library.noSite')}</option>
              )}
              {sites?.map((s) => (
                <option key={s.siteName} value={s.siteName}>{`${s.siteName || t('library.noSite')} (${s.count})`}</option>
              ))}
            </select>
          </label>
          <label>
            {t('library.filter.from')}
            <input
              type="date"
              value={msToDateInput(filter.from)}
              max={msToDateInput(filter.to)}
              onChange={(e) => set('from', dateInputToMs((e.currentTarget as HTMLInputElement).value))}
            />
          </label>
          <label>
            {t('library.filter.to')}
            <input
              type="date"
              value={msToDateInput(filter.to)}
              min={msToDateInput(filter.from)}
              onChange={(e) => set('to', dateInputToMs((e.currentTarget as HTMLInputElement).value, true))}
            />
          </label>
          <label class="filter-check">
            <input
              type="checkbox"
              checked={!!filter.hasHighlights}
              onChange={(e) => set('hasHighlights', (e.currentTarget as HTMLInputElement).checked)}
            />
            {t('library.filter.hasHighlights')}
          </label>
        </div>
      )}
    </div>
  );
}
