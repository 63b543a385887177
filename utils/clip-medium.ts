/** What a clip was when it was not a web page — "PDF · 12 pages", "Word" — for the library row and the reader. */
import { getLocale, t, type Locale } from './i18n';
import type { Clip } from './model';

export function formatClipMedium(clip: Pick<Clip, 'source' | 'pageCount'>, locale: Locale = getLocale()): string {
  if (clip.source === 'docx') return t('clip.medium.docx');
  if (clip.source !== 'pdf') return '';
  const n = clip.pageCount ?? 0;
  if (n < 1) return t('clip.medium.pdf');
  return t(n === 1 ? 'clip.medium.pdfPages.one' : 'clip.medium.pdfPages.other', { n: new Intl.NumberFormat(locale).format(n) });
}
