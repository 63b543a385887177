/** Which addresses are PDFs to clip through PDF.js instead of a page script (issue 18). */

/** An http(s) address whose path names a .pdf file: the browser shows it in its PDF viewer, which no script enters. */
export function looksLikePdf(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && /\.pdf$/i.test(u.pathname);
  } catch {
    return false;
  }
}

/** A Content-Type header naming a PDF (servers of download handlers such as `/download?id=…` say so there only). */
export const isPdfContentType = (type: string | null | undefined): boolean => /^\s*application\/(x-)?pdf\b/i.test(type ?? '');

/** The one-site pattern asked for when the access the user's click grants does not reach the PDF. */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}
