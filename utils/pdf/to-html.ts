/**
 * Blocks → an HTML document set the way a policy page on the web is: the title in <h1> (and <title>), heading
 * candidates centred and bold as sites set them, paragraphs in <p>, signature lines flush right, and an empty
 * `<a id="page-N">` where each page starts, so the reader can link back to the original page.
 */
import { CJK } from './lines';
import type { Block } from './types';

export const pageAnchor = (n: number) => `page-${n}`;

function fill(doc: Document, el: Element, b: Block): void {
  let at = 0;
  for (const s of b.pageStarts) {
    if (s.offset > at) el.append(doc.createTextNode(b.text.slice(at, s.offset)));
    const a = doc.createElement('a');
    a.id = pageAnchor(s.page);
    el.append(a);
    at = Math.max(at, s.offset);
  }
  if (at < b.text.length) el.append(doc.createTextNode(b.text.slice(at)));
}

/** A table block as a <table>: one row per printed row, a page's anchor in the first cell of its first row. */
function tableElement(doc: Document, b: Block): Element {
  const table = doc.createElement('table');
  (b.rows ?? []).forEach((cells, i) => {
    const tr = doc.createElement('tr');
    cells.forEach((text, n) => {
      const td = doc.createElement('td');
      if (n === 0)
        for (const s of b.pageStarts.filter((p) => p.offset === i))
          td.append(Object.assign(doc.createElement('a'), { id: pageAnchor(s.page) }));
      td.append(doc.createTextNode(text));
      tr.append(td);
    });
    table.append(tr);
  });
  return table;
}

/** A numbered paragraph's text with its bold lead set in <strong> (`2. <strong>Reverse engineering</strong> (section …`). */
function withLead(doc: Document, el: Element, b: Block, lead: string): void {
  const at = b.text.indexOf(lead);
  const end = at + lead.length;
  // the lead follows the number; a page starting inside it is not split (pages start at a block's start)
  if (at <= 0 || at > 12 || b.pageStarts.some((s) => s.offset > 0 && s.offset < end)) return fill(doc, el, b);
  const part = (from: number, to: number): Block => ({
    ...b,
    text: b.text.slice(from, to),
    pageStarts: b.pageStarts
      .filter((s) => s.offset >= from && (s.offset < to || to === b.text.length))
      .map((s) => ({ ...s, offset: s.offset - from })),
  });
  fill(doc, el, part(0, at));
  const strong = doc.createElement('strong');
  fill(doc, strong, part(at, end));
  el.append(strong);
  fill(doc, el, part(end, b.text.length));
}

function blockElement(doc: Document, b: Block): Element {
  if (b.kind === 'table') return tableElement(doc, b);
  if (b.kind === 'title') {
    const h = doc.createElement('h1');
    fill(doc, h, b);
    return h;
  }
  if (b.kind === 'heading' && b.tier) {
    const h = doc.createElement(`h${b.tier + 1}`);
    fill(doc, h, b);
    return h;
  }
  const p = doc.createElement('p');
  if (b.centered) p.setAttribute('style', 'text-align: center');
  else if (b.right) p.setAttribute('style', 'text-align: right');
  if (b.kind === 'heading' && b.bold) {
    const strong = doc.createElement('strong');
    fill(doc, strong, b);
    p.append(strong);
  } else if (b.kind === 'p' && b.boldLead) withLead(doc, p, b, b.boldLead);
  else fill(doc, p, b);
  return p;
}

/** Builds into `doc` (a fresh empty HTML document) and returns it. */
export function blocksToDocument(doc: Document, blocks: Block[], fallbackTitle: string): Document {
  const title = blocks.find((b) => b.kind === 'title')?.text || fallbackTitle;
  const sample = blocks
    .slice(0, 40)
    .map((b) => b.text)
    .join('');
  const cjk = [...sample].filter((c) => CJK.test(c)).length;
  doc.documentElement.setAttribute('lang', cjk > sample.length * 0.2 ? 'zh-CN' : 'en');
  const head = doc.head ?? doc.documentElement.insertBefore(doc.createElement('head'), doc.body);
  const t = doc.createElement('title');
  t.textContent = title;
  head.append(t);
  const body = doc.body ?? doc.documentElement.appendChild(doc.createElement('body'));
  const article = doc.createElement('article');
  // The title is dropped from the article (the clip shows it apart): its page anchors go to the block after it.
  let carry: Block['pageStarts'] = [];
  for (const b of blocks) {
    if (b.kind === 'title') {
      carry = [...carry, ...b.pageStarts.map((s) => ({ ...s, offset: 0 }))];
      article.append(blockElement(doc, { ...b, pageStarts: [] }));
      continue;
    }
    article.append(blockElement(doc, carry.length ? { ...b, pageStarts: [...carry, ...b.pageStarts] } : b));
    carry = [];
  }
  body.append(article);
  return doc;
}
