/** A Word file's HTML document (./document.ts) → the clip: the same `extractArticle` as a web page. */
import { extractArticle } from '../extract';
import type { ExtractedPage } from '../model';
import { pdfIssuer } from '../pdf/issuer';
import { pdfMeta } from '../pdf/meta';
import { ok, type Result } from '../result';
import { CREATOR_META, creatorBody } from './creator';

export function docxPage(doc: Document, url: string, sanitize?: (root: Element) => void): Result<ExtractedPage> {
  const creator = doc.querySelector(`meta[name="${CREATOR_META}"]`)?.getAttribute('content') ?? '';
  const out = extractArticle(doc, url, { sanitize });
  if (!out.ok) return { ok: false, error: { code: out.code, message: out.message, key: out.key, params: out.params } };
  const { title, text, policy: p } = out.page;
  // A report with no 发文机关 row and no signature names its issuer as a PDF does: a labelled line or its title; an
  // agency's guidance prints its cover's version date, docket or copyright line as a PDF does (it has no pages).
  const more = pdfMeta(title, text, []);
  const policy = {
    ...p,
    issuer: p.issuer || pdfIssuer(title, text) || more.issuer || creatorBody(creator, text),
    docNumber: p.docNumber || more.docNumber,
    writtenDate: p.writtenDate || more.writtenDate,
    publishDate: p.publishDate || more.publishDate,
  };
  return ok({ ...out.page, policy, source: 'docx' });
}
