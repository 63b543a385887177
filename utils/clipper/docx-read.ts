/**
 * A Word (.docx) 附件 read in an extension page, as a PDF is (issue 18): downloaded with the browser's cookies and
 * the access the user's click grants, checked (size, a zip, not an HTML page), then mammoth → the page pipeline
 * (utils/docx). Chrome's offscreen document is asked with ./docx-request.ts.
 */
import type { ExtractedPage } from '../model';
import { DEFAULT_MAX_BYTES } from '../pdf';
import { errorMessage, fail, ok, problem, type Result } from '../result';
import type { FetchLike } from './pdf-fetch';

const mb = (n: number) => Math.round((n / 1048576) * 10) / 10;

/** The file's bytes: a .docx is a zip ("PK\x03\x04"); a login or error page must not pass for one. */
export async function fetchDocx(fetchFn: FetchLike, url: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Result<Uint8Array>> {
  let res: Response;
  try {
    res = await fetchFn(url, { credentials: 'include', cache: 'force-cache' });
  } catch (e) {
    return fail('pdf-access', problem('attach.error.noAccess', { detail: errorMessage(e) }));
  }
  if (res.status === 401 || res.status === 403)
    return fail('pdf-access', problem('attach.error.noAccess', { detail: `HTTP ${res.status}` }));
  if (!res.ok) return fail('bad-file', problem('attach.error.fetchFailed', { status: res.status }));
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return fail('too-large', problem('pdf.error.tooManyBytes', { size: mb(declared), max: mb(maxBytes) }));
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > maxBytes) return fail('too-large', problem('pdf.error.tooManyBytes', { size: mb(bytes.length), max: mb(maxBytes) }));
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04)
    return fail('bad-file', problem('attach.error.notDocx'));
  return ok(bytes);
}

export interface DocxReadScope {
  document: Document;
  fetch: FetchLike;
  sanitize?(root: Element): void;
}

/** Download and clip a .docx; mammoth loads only when a Word file is read. */
export async function readDocxHere(scope: DocxReadScope, url: string): Promise<Result<ExtractedPage>> {
  const bytes = await fetchDocx(scope.fetch, url);
  if (!bytes.ok) return bytes;
  const { extractDocx } = await import('../docx');
  return extractDocx(bytes.value, url, {
    createDocument: () => scope.document.implementation.createHTMLDocument(''),
    sanitize: scope.sanitize,
  });
}
