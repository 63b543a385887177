/** A Word file's HTML document (./document.ts) → the clip: the same `extractArticle` as a web page. */
import { extractArticle } from '../extract';
import type { ExtractedPage } from '../model';
import { ok, type Result } from '../result';

export function docxPage(doc: Document, url: string, sanitize?: (root: Element) => void): Result<ExtractedPage> {
  const out = extractArticle(doc, url, { sanitize });
  if (!out.ok) return { ok: false, error: { code: out.code, message: out.message, key: out.key, params: out.params } };
  return ok({ ...out.page, source: 'docx' });
}
