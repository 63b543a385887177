/**
 * Which kind of file a link or a download is (issue 18): a PDF, a Word document (.docx, read through mammoth), or
 * an old binary Word file (.doc), which nothing here reads and which gets a message saying how to convert it.
 * Decided by the address's extension when it has one, else by what the server says (Content-Type), and in the end
 * by the bytes themselves (magic numbers): servers send attachments as octet-stream from `download?id=…` handlers.
 */

export type FileKind = 'pdf' | 'docx' | 'doc';

/** The kind an http(s) address's path names by its extension, or null when it names none of them. */
export function kindFromUrl(url: string | undefined): FileKind | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    const ext = /\.(pdf|docx|doc)$/i.exec(u.pathname)?.[1]?.toLowerCase();
    return (ext as FileKind | undefined) ?? null;
  } catch {
    return null;
  }
}

/** The kind a Content-Type header names; null for octet-stream and the like (then the bytes decide). */
export function kindFromContentType(type: string | null | undefined): FileKind | null {
  const t = (type ?? '').split(';')[0]!.trim().toLowerCase();
  if (t === 'application/pdf' || t === 'application/x-pdf') return 'pdf';
  if (t === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx';
  if (t === 'application/msword') return 'doc';
  return null;
}

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const ZIP = ascii('PK\x03\x04');
const WORD_PART = ascii('word/');
/** OLE2 compound file: the container of .doc (and .xls, .ppt: a .doc by address or type, then). */
const OLE = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);

function indexOf(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  const end = Math.min(to, hay.length) - needle.length;
  outer: for (let i = Math.max(0, from); i <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const startsWith = (bytes: Uint8Array, magic: Uint8Array) => indexOf(bytes, magic, 0, magic.length) === 0;

/**
 * The kind the bytes are: "%PDF-" in the first kilobyte (as readers accept it); a zip whose part names include
 * `word/` (a zip's names are stored uncompressed, at its start and in the directory at its end); an OLE2 file.
 * A zip without `word/` (a spreadsheet, an archive) is none of them.
 */
export function kindFromBytes(bytes: Uint8Array): FileKind | null {
  if (indexOf(bytes, ascii('%PDF-'), 0, 1024) >= 0) return 'pdf';
  if (startsWith(bytes, ZIP)) {
    const tail = Math.max(0, bytes.length - 1024 * 1024);
    return indexOf(bytes, WORD_PART, 0, 64 * 1024) >= 0 || indexOf(bytes, WORD_PART, tail, bytes.length) >= 0 ? 'docx' : null;
  }
  return startsWith(bytes, OLE) ? 'doc' : null;
}

/** The link context menu's item shows on links to these (match patterns cannot say "ends with .pdf?…"). */
export const LINKED_FILE_PATTERNS = ['pdf', 'PDF', 'docx', 'DOCX', 'doc', 'DOC'].flatMap((ext) => [`*://*/*.${ext}`, `*://*/*.${ext}?*`]);
