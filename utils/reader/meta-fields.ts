/** The rows of the reader's metadata card: policy fields for official documents, site and byline for the rest. */
import { formatClipMedium } from '../clip-medium';
import { formatDate } from '../format';
import { getLocale, type MessageKey } from '../i18n';
import type { Clip } from '../model';
import { openableUrl } from '../safe-url';

export interface MetaField {
  key: MessageKey;
  value: string;
  /** a link to open (only http(s) and file URLs) */
  href?: string;
}

/** Only schemes a reader can safely open in a new tab; a stored javascript: URL never becomes a link. */
export function safeHref(url: string): string | undefined {
  return openableUrl(url);
}

export function isPolicyClip(clip: Pick<Clip, 'policy'>): boolean {
  const p = clip.policy;
  return !!(p && (p.issuer || p.docNumber || p.indexNumber || p.writtenDate));
}

export function metaFields(clip: Clip): MetaField[] {
  const p = clip.policy;
  const date = (v: string | number) => formatDate(v, getLocale());
  const rows: MetaField[] = isPolicyClip(clip)
    ? [
        { key: 'reader.meta.issuer', value: p.issuer },
        { key: 'reader.meta.docNumber', value: p.docNumber },
        { key: 'reader.meta.indexNumber', value: p.indexNumber },
        { key: 'reader.meta.subject', value: p.subject },
        { key: 'reader.meta.writtenDate', value: date(p.writtenDate) },
        { key: 'reader.meta.publishDate', value: date(p.publishDate || clip.publishedTime) },
        { key: 'reader.meta.source', value: p.source || clip.siteName },
      ]
    : [
        { key: 'reader.meta.site', value: clip.siteName },
        { key: 'reader.meta.byline', value: clip.byline },
        { key: 'reader.meta.published', value: date(clip.publishedTime) },
      ];
  rows.push({ key: 'reader.meta.medium', value: formatClipMedium(clip) });
  rows.push({ key: 'reader.meta.original', value: clip.url, href: safeHref(clip.url) });
  rows.push({ key: 'reader.meta.clipped', value: date(clip.savedAt) });
  return rows.filter((r) => r.value.trim());
}
