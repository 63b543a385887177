import type { TablesOf } from '../utils/export/types';

/** Tables of stored clip HTML, read with the page's DOMParser (an inert document: nothing in it loads or runs). */
export async function domTables(): Promise<TablesOf | undefined> {
  if (typeof DOMParser === 'undefined') return undefined;
  const { htmlTables } = await import('../utils/export/doc/tables');
  const parser = new DOMParser();
  return (b) => (b.html.includes('<table') ? htmlTables(parser.parseFromString(b.html, 'text/html').body) : []);
}
