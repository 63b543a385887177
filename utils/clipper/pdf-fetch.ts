/**
 * Fetching a PDF's bytes from an extension context (offscreen document, Firefox's background page). The access the
 * user's click grants (activeTab) may not reach the file (another host, CORS): that comes back as 'pdf-access', so
 * the popup can ask for the site inside the next click (permissions.request needs a user gesture).
 */
import { errorMessage, fail, ok, problem, type Result } from '../result';
import { isPdfContentType } from './pdf-url';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

const mb = (n: number) => Math.round((n / 1048576) * 10) / 10;

export async function fetchPdf(fetchFn: FetchLike, url: string, maxBytes: number): Promise<Result<Uint8Array>> {
  let res: Response;
  try {
    // The browser's cookies go with it, as when the viewer loaded the file (a PDF behind a login).
    res = await fetchFn(url, { credentials: 'include', cache: 'force-cache' });
  } catch (e) {
    // A refused cross-origin request is a TypeError with no detail: the extension has no access to that site.
    return fail('pdf-access', problem('pdf.error.noAccess', { detail: errorMessage(e) }));
  }
  if (res.status === 401 || res.status === 403) return fail('pdf-access', problem('pdf.error.noAccess', { detail: `HTTP ${res.status}` }));
  if (!res.ok) return fail('bad-file', problem('pdf.error.fetchFailed', { status: res.status }));
  const type = res.headers.get('content-type');
  // Some servers send PDFs as octet-stream; an HTML page (a login form, an error page) is what must not pass.
  if (type && /text\/html/i.test(type) && !isPdfContentType(type)) return fail('bad-file', problem('pdf.error.notPdf'));
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return fail('too-large', problem('pdf.error.tooManyBytes', { size: mb(declared), max: mb(maxBytes) }));
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > maxBytes) return fail('too-large', problem('pdf.error.tooManyBytes', { size: mb(bytes.length), max: mb(maxBytes) }));
  // "%PDF-" within the first kilobyte, as readers accept it.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) return fail('bad-file', problem('pdf.error.notPdf'));
  return ok(bytes);
}
