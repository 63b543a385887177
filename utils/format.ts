/** Display formatting shared by the popup and exports. */

/** "2019-03-01" style date from an ISO string or epoch ms; '' when unknown. */
export function formatDate(v: string | number | undefined): string {
  if (v === undefined || v === '') return '';
  if (typeof v === 'string') {
    const m = /^\d{4}-\d{2}-\d{2}/.exec(v);
    return m ? m[0] : v;
  }
  const d = new Date(v);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Article length: characters for CJK text (字), words otherwise. */
export function formatLength(charCount: number, lang: string): string {
  if (/^zh|^ja/i.test(lang)) return charCount >= 10_000 ? `${(charCount / 10_000).toFixed(1)}万字` : `${charCount}字`;
  const words = Math.max(1, Math.round(charCount / 5.5));
  return words >= 1000 ? `${(words / 1000).toFixed(1)}k words` : `${words} words`;
}
