/** Display formatting shared by the popup and exports. */

/**
 * "2019-03-01" from an ISO string or epoch ms; '' when unknown. With locale 'zh-CN' it reads "2019年3月1日", as
 * Chinese readers write dates; other locales (and exports, which pass none) keep the unambiguous ISO form.
 */
export function formatDate(v: string | number | undefined, locale?: string): string {
  if (v === undefined || v === '') return '';
  let iso: string;
  if (typeof v === 'string') {
    const m = /^\d{4}-\d{2}-\d{2}/.exec(v);
    if (!m) return v;
    iso = m[0];
  } else {
    const d = new Date(v);
    const pad = (n: number) => String(n).padStart(2, '0');
    iso = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }
  if (locale !== 'zh-CN') return iso;
  const [y, mo, da] = iso.split('-').map(Number);
  return `${y}年${mo}月${da}日`;
}
