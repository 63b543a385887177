/**
 * DOCX → ExtractedPage: mammoth → an HTML document with Word's alignment kept (./document.ts), then the same
 * `extractArticle` as a web page (./page.ts). Two files so that the extension can load mammoth lazily.
 */
import type { ExtractedPage } from '../model';
import type { Result } from '../result';
import { docxDocument } from './document';
import { docxPage } from './page';

export { docxDocument } from './document';
export { docxPage } from './page';

export interface DocxOptions {
  /** a fresh empty HTML document to build into */
  createDocument(): Document;
  /** sanitises the article element before it is serialised, as for a web page */
  sanitize?: (root: Element) => void;
}

export async function extractDocx(bytes: Uint8Array, url: string, opts: DocxOptions): Promise<Result<ExtractedPage>> {
  const doc = await docxDocument(bytes, url, opts.createDocument);
  return doc.ok ? docxPage(doc.value, url, opts.sanitize) : doc;
}
