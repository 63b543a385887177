/**
 * DOCX → an HTML document, ready for the page pipeline: mammoth turns the Word document into HTML (headings from
 * Word's heading styles, bold, tables); Word's paragraph alignment, which mammoth drops, is kept as `text-align`
 * (centred titles and headings, a signature set flush right): the outline reads it. Only this file imports mammoth,
 * so the extension loads it (and mammoth) on the first Word file and nothing else grows (utils/clipper/pdfjs-browser).
 */
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { errorMessage, fail, ok, problem, type Result } from '../result';
import { CREATOR_META } from './creator';
import { coverTitle, docxProps } from './props';
import { alignedStyleMap, markAlignment, plainMasthead, restoreAlignment } from './align';
import { numberHeadings } from './heading-numbers';
import { markOwnHeadings, ownHeadingStyleMap } from './heading-style';
import { headingStyleIds, listNumbers, type WordParts } from './list-numbers';

/** The parts Word's list numbering is read from; none when the zip cannot be read (mammoth then says why). */
function wordParts(bytes: Uint8Array): WordParts | undefined {
  try {
    const want = ['word/document.xml', 'word/styles.xml', 'word/numbering.xml'];
    const files = unzipSync(bytes, { filter: (f) => want.includes(f.name) });
    const text = (name: string) => (files[name] ? strFromU8(files[name]) : undefined);
    const document = text('word/document.xml');
    return document === undefined ? undefined : { document, styles: text('word/styles.xml'), numbering: text('word/numbering.xml') };
  } catch {
    return undefined;
  }
}

/** A title for <title>: the first h1 (Word's Title or Heading 1), else the first centred paragraph, else the file name. */
function titleOf(body: HTMLElement, url: string): string {
  const first = body.querySelector('h1') ?? body.querySelector('p[style*="center"]');
  const t = first?.textContent?.replace(/\s+/g, ' ').trim();
  if (t) return t;
  const name = url.split(/[?#]/)[0]!.split('/').pop() ?? '';
  try {
    return decodeURIComponent(name).replace(/\.docx?$/i, '');
  } catch {
    return name;
  }
}

/** `createDocument` gives a fresh empty HTML document to build into. */
export async function docxDocument(bytes: Uint8Array, url: string, createDocument: () => Document): Promise<Result<Document>> {
  let html: string;
  try {
    const parts = wordParts(bytes);
    const numbered = parts ? listNumbers(parts) : [];
    const headings = headingStyleIds(parts?.styles);
    const copy = bytes.slice();
    // mammoth reads `buffer` under Node and `arrayBuffer` in a browser build; both are the same bytes.
    const input = { buffer: copy, arrayBuffer: copy.buffer } as unknown as { arrayBuffer: ArrayBuffer };
    const out = await mammoth.convertToHtml(input, {
      styleMap: [...alignedStyleMap(), ownHeadingStyleMap],
      transformDocument: (d) => numberHeadings(markOwnHeadings(markAlignment(d)), numbered, headings),
      // Pictures would arrive as data: URLs many megabytes long; a clip keeps the text.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
    html = out.value;
  } catch (e) {
    return fail('bad-file', problem('docx.error.unreadable', { detail: errorMessage(e) }));
  }
  const doc = createDocument();
  const body = doc.body ?? doc.documentElement.appendChild(doc.createElement('body'));
  // An inert document (never rendered, scripts never run); mammoth escapes the document's text.
  body.innerHTML = `<article>${html}</article>`;
  restoreAlignment(body);
  plainMasthead(body);
  if (!body.textContent?.trim()) return fail('no-article', problem('docx.error.empty'));
  const cjk = (body.textContent.match(/[\u4e00-\u9fff]/g) ?? []).length;
  doc.documentElement.setAttribute('lang', cjk > body.textContent.length * 0.2 ? 'zh-CN' : 'en');
  const props = docxProps(bytes);
  const title = doc.createElement('title');
  title.textContent = coverTitle(body, props.title) || titleOf(body, url);
  const head = doc.head ?? doc.documentElement.insertBefore(doc.createElement('head'), body);
  head.append(title);
  if (props.creator) {
    const meta = doc.createElement('meta');
    meta.setAttribute('name', CREATOR_META);
    meta.setAttribute('content', props.creator);
    head.append(meta);
  }
  return ok(doc);
}
