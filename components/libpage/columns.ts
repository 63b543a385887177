/** The table's columns: their sort key, header text and cell text. */
import { formatDate } from '../../utils/format';
import { t, type MessageKey } from '../../utils/i18n';
import type { LibRow, SortKey } from '../../utils/library';

export interface Column {
  key: SortKey;
  label: MessageKey;
  /** numbers and dates read right-aligned and sort newest/most first on the first click */
  numeric?: boolean;
  text: (row: LibRow, collectionName: (id: string) => string) => string;
}

export const COLUMNS: Column[] = [
  {
    key: 'title',
    label: 'libpage.col.title',
    text: (r) => (r.clip.title || r.clip.url) + (r.attachments ? t('attach.rowCount', { n: r.attachments }) : ''),
  },
  { key: 'docNumber', label: 'libpage.col.docNumber', text: (r) => r.clip.policy.docNumber },
  { key: 'issuer', label: 'libpage.col.issuer', text: (r) => r.clip.policy.issuer },
  { key: 'docDate', label: 'libpage.col.docDate', numeric: true, text: (r) => formatDate(r.docDate) },
  { key: 'site', label: 'libpage.col.site', text: (r) => r.clip.siteName },
  { key: 'clipped', label: 'libpage.col.clipped', numeric: true, text: (r) => formatDate(r.clip.updatedAt) },
  {
    key: 'highlights',
    label: 'libpage.col.highlights',
    numeric: true,
    text: (r) => (r.clip.highlightCount ? String(r.clip.highlightCount) : ''),
  },
  { key: 'collections', label: 'libpage.col.collections', text: (r, name) => r.collections.map(name).join('、') },
];

export const columnLabel = (c: Column) => t(c.label);
