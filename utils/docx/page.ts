/** A Word file's HTML document (./document.ts) → the clip: the same `extractArticle` as a web page. */
import { extractArticle } from '../extract';
import type { ExtractedPage } from '../model';
import { pdfIssuer } from '../pdf/issuer';
import { ok, type Result } from '../result';

export function docxPage(doc: Document, url: string, sanitize?: (root: Element) => void): Result<ExtractedPage> {
  const out = extractArticle(doc, url, { sanitize });
  if (!out.ok) return { ok: false, error: { code: out.code, message: out.message, key: out.key, params: out.params } };
  // A report with no 发文机关 row and no signature names its issuer as a PDF does: a labelled line or its title.
  const issuer = out.page.policy.issuer || pdfIssuer(out.page.title, out.page.text);
  return ok({ ...out.page, policy: { ...out.page.policy, issuer }, source: 'docx' });
}
