/** Article HTML (already sanitised, in a DOM) → Markdown that reads well in Obsidian and plain editors. */

const esc = (s: string) => s.replace(/([\\`*_[\]])/g, '\\$1');
const collapse = (s: string) => s.replace(/[ \t\r\n\f]+/g, ' ');

function inline(node: Node): string {
  if (node.nodeType === 3) return esc(collapse(node.nodeValue ?? ''));
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const kids = () => Array.from(el.childNodes).map(inline).join('');
  switch (el.tagName) {
    case 'BR':
      return '  \n';
    case 'STRONG':
    case 'B': {
      const t = kids().trim();
      return t ? `**${t}**` : '';
    }
    case 'EM':
    case 'I': {
      const t = kids().trim();
      return t ? `*${t}*` : '';
    }
    case 'CODE':
      return `\`${(el.textContent ?? '').replace(/`/g, '')}\``;
    case 'A': {
      const href = el.getAttribute('href') ?? '';
      const t = kids().trim();
      return href && /^(https?:|mailto:)/.test(href) && t ? `[${t}](${href.replace(/\)/g, '%29')})` : t;
    }
    case 'IMG': {
      const src = el.getAttribute('src') ?? '';
      return /^https?:/.test(src) ? `![${esc(el.getAttribute('alt') ?? '')}](${src})` : '';
    }
    default:
      return kids();
  }
}

/** Rows of this table only: a nested table's rows belong to it. */
const ownRows = (el: Element) => Array.from(el.querySelectorAll('tr')).filter((tr) => tr.closest('table') === el);

const filled = (cell: Element) => !!cell.textContent?.trim() || !!cell.querySelector('img[src]');
/**
 * A table used for page layout (tables inside it, or never two filled cells in a row) is read as its cells' blocks,
 * not as a grid.
 */
const isLayout = (el: Element, rows: Element[]) =>
  !!el.querySelector('table') || rows.every((tr) => Array.from(tr.children).filter(filled).length <= 1);

function table(el: Element, out: string[], listDepth: number): void {
  const own = ownRows(el);
  if (isLayout(el, own)) {
    for (const cell of own.flatMap((tr) => Array.from(tr.children))) blocks(cell, out, listDepth);
    return;
  }
  const rows = own.map((tr) =>
    Array.from(tr.children).map((c) =>
      inline(c)
        .trim()
        .replace(/\|/g, '\\|')
        .replace(/\s*\n\s*/g, ' '),
    ),
  );
  const width = Math.max(...rows.map((r) => r.length));
  if (!rows.length || width === 0) return;
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
  out.push([line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n'));
}

function blocks(el: Element, out: string[], listDepth = 0): void {
  let para = '';
  const flush = () => {
    const t = para.replace(/ *\n */g, '\n').trim();
    if (t) out.push(t);
    para = '';
  };
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType !== 1) {
      para += inline(node);
      continue;
    }
    const c = node as Element;
    const tag = c.tagName;
    if (/^H[1-6]$/.test(tag)) {
      flush();
      const t = inline(c).trim();
      if (t) out.push(`${'#'.repeat(Number(tag[1]))} ${t}`);
    } else if (
      tag === 'P' ||
      tag === 'DIV' ||
      tag === 'SECTION' ||
      tag === 'ARTICLE' ||
      tag === 'CENTER' ||
      tag === 'FIGURE' ||
      tag === 'MAIN'
    ) {
      flush();
      blocks(c, out, listDepth);
    } else if (tag === 'UL' || tag === 'OL') {
      flush();
      const items = Array.from(c.children).filter((li) => li.tagName === 'LI');
      out.push(items.map((li, i) => `${'  '.repeat(listDepth)}${tag === 'OL' ? `${i + 1}.` : '-'} ${inline(li).trim()}`).join('\n'));
    } else if (tag === 'BLOCKQUOTE') {
      flush();
      const inner: string[] = [];
      blocks(c, inner, listDepth);
      out.push(inner.join('\n\n').replace(/^/gm, '> '));
    } else if (tag === 'PRE') {
      flush();
      out.push('```\n' + (c.textContent ?? '').replace(/```/g, '``​`') + '\n```');
    } else if (tag === 'TABLE') {
      flush();
      table(c, out, listDepth);
    } else if (tag === 'HR') {
      flush();
      out.push('---');
    } else {
      para += inline(c);
    }
  }
  flush();
}

export function htmlToMarkdown(root: Element): string {
  const out: string[] = [];
  blocks(root, out);
  return out.filter(Boolean).join('\n\n') + '\n';
}
