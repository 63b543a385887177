/**
 * Fetching a PDF's or Word file's bytes from an extension context (offscreen document, Firefox's background page).
 * The access the user's click grants (activeTab) may not reach the file (another host, CORS): that comes back as
 * 'pdf-access', so the popup can ask for the site inside the next click (permissions.request needs a user gesture).
 */
import { errorMessage, fail, ok, problem, type Result } from '../result';
import { kindFromBytes, kindFromContentType, kindFromUrl, type FileKind } from './doc-kind';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export interface FetchedFile {
  kind: Exclude<FileKind, 'doc'>;
  bytes: Uint8Array;
}

const mb = (n: number) => Math.round((n / 1048576) * 10) / 10;
const oldWord = () => fail('bad-file', problem('docx.error.oldWord'));

/** A file of one of the kinds the extension reads; the bytes decide which, the address and Content-Type only help. */
export async function fetchFile(fetchFn: FetchLike, url: string, maxBytes: number): Promise<Result<FetchedFile>> {
  const named = kindFromUrl(url);
  // nothing here reads .doc: say so before downloading it
  if (named === 'doc') return oldWord();
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
  const declared = kindFromContentType(type);
  if (declared === 'doc') return oldWord();
  // what was asked for decides the message: a PDF link that serves a login page is "not a PDF"
  const notIt = () => fail('bad-file', problem((named ?? declared ?? 'pdf') === 'pdf' ? 'pdf.error.notPdf' : 'docx.error.notDocument'));
  // Some servers send files as octet-stream; an HTML page (a login form, an error page) is what must not pass.
  if (type && /text\/html/i.test(type) && !declared) return notIt();
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > maxBytes) return fail('too-large', problem('pdf.error.tooManyBytes', { size: mb(length), max: mb(maxBytes) }));
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > maxBytes) return fail('too-large', problem('pdf.error.tooManyBytes', { size: mb(bytes.length), max: mb(maxBytes) }));
  const kind = kindFromBytes(bytes);
  if (kind === 'doc') return oldWord();
  return kind ? ok({ kind, bytes }) : notIt();
}
