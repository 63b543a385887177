/** The article of a notice whose body is only its file links (./passes/file-body.ts): one paragraph per file. */
import type { AttachmentLink } from '../model';
import type { ParsedArticle } from './cjk-readability';

export function fileBodyArticle(doc: Document, files: AttachmentLink[]): { article: ParsedArticle; content: Element } {
  const content = doc.createElement('div');
  for (const f of files) {
    const p = doc.createElement('p');
    const a = doc.createElement('a');
    a.setAttribute('href', f.url);
    a.textContent = f.name;
    p.append(a);
    content.append(p);
  }
  const text = content.textContent ?? '';
  // nothing Readability would have read (byline, site, date) is on a page this bare: the head supplies them
  const article = {
    title: '',
    content: content as unknown as string,
    textContent: text,
    length: text.length,
    excerpt: '',
    byline: null,
    dir: null,
    siteName: null,
    lang: null,
    publishedTime: null,
  } as unknown as ParsedArticle;
  return { article, content };
}
