/** The library's filter as the UI edits it: date inputs ↔ epoch ms, and the active filters shown as removable chips. */
import type { LibraryFilter } from '../../utils/model';
import { t } from '../../utils/i18n';

/** "2026-11-27" (an <input type=date> value, local time) → ms at the start of that day, or at its very end. */
export function dateInputToMs(value: string, endOfDay = false): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const day = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + (endOfDay ? 1 : 0)).getTime();
  return endOfDay ? day - 1 : day;
}

export function msToDateInput(ms: number | undefined): string {
  if (ms === undefined) return '';
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function isFilterEmpty(f: LibraryFilter): boolean {
  return f.collectionId === undefined && f.siteName === undefined && f.from === undefined && f.to === undefined && !f.hasHighlights;
}

export type FilterKey = 'collectionId' | 'siteName' | 'from' | 'to' | 'hasHighlights';

export interface FilterChip {
  key: FilterKey;
  label: string;
}

/** One chip per active filter, in a fixed order; collection ids are shown by name. */
export function filterChips(f: LibraryFilter, collectionName: (id: string) => string | undefined): FilterChip[] {
  const chips: FilterChip[] = [];
  if (f.collectionId !== undefined) {
    chips.push({ key: 'collectionId', label: t('library.chip.collection', { name: collectionName(f.collectionId) ?? '…' }) });
  }
  if (f.siteName !== undefined) chips.push({ key: 'siteName', label: t('library.chip.site', { site: f.siteName || t('library.noSite') }) });
  if (f.from !== undefined) chips.push({ key: 'from', label: t('library.chip.from', { date: msToDateInput(f.from) }) });
  if (f.to !== undefined) chips.push({ key: 'to', label: t('library.chip.to', { date: msToDateInput(f.to) }) });
  if (f.hasHighlights) chips.push({ key: 'hasHighlights', label: t('library.chip.hasHighlights') });
  return chips;
}

export function withoutFilter(f: LibraryFilter, key: FilterKey): LibraryFilter {
  const next = { ...f };
  delete next[key];
  return next;
}
