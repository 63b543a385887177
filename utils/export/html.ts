/**
 * One self-contained, print-ready HTML page: inline CSS, no script, nothing loaded from elsewhere (a CSP meta tag
 * forbids it too). Every piece of text comes from web pages or the user and is escaped. The clips' bodies are
 * left out on purpose: the page is a reading report (metadata, outline, highlights with notes), and the stored
 * article HTML would have to be trusted or re-sanitised to be shown.
 */
import {
  clipViews,
  formatDate,
  groupBySection,
  headingText,
  publishedDate,
  savedDate,
  SECTION_SEPARATOR,
  tidy,
  type ClipView,
} from './common';
import { isColor } from '../model/colors';
import { isOpenableUrl, WEB_SCHEMES } from '../safe-url';
import { HTML_STYLE } from './html-style';
import type { ExportBundle, ExportClock } from './types';

export interface HtmlOptions extends ExportClock {
  /** page heading and <title>; default "Clausemark export" */
  title?: string;
}

/** Text → HTML text or attribute value: & < > " ' are the characters that could leave either context. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function metaTable(v: ClipView): string {
  const { clip } = v;
  // only web links are made clickable: a javascript: or data: URL from a page stays inert text
  const url = isOpenableUrl(clip.url, WEB_SCHEMES) ? `<a href="${escapeHtml(clip.url)}">${escapeHtml(clip.url)}</a>` : escapeHtml(clip.url);
  const rows: [string, string][] = [
    ['Site', escapeHtml(clip.siteName)],
    ['URL', url],
    ['Author', escapeHtml(clip.byline)],
    ['Issuer', escapeHtml(clip.policy.issuer)],
    ['Document number', escapeHtml(clip.policy.docNumber)],
    ['Index number', escapeHtml(clip.policy.indexNumber)],
    ['Written', escapeHtml(clip.policy.writtenDate)],
    ['Published', escapeHtml(publishedDate(clip))],
    ['Saved', escapeHtml(savedDate(clip))],
    ['Collections', escapeHtml(v.collections.join(', '))],
  ];
  const body = rows.filter(([, val]) => val).map(([k, val]) => `<tr><th scope="row">${k}</th><td>${val}</td></tr>`);
  return `<table class="meta">${body.join('')}</table>`;
}

function outlineList(v: ClipView): string {
  const outline = v.body?.outline ?? [];
  if (!outline.length) return '';
  const items = outline.map((e) => `<li class="l${Math.min(6, Math.max(1, Math.trunc(e.level) || 1))}">${escapeHtml(headingText(e))}</li>`);
  return `<section><h3>Outline</h3><ul class="outline">${items.join('')}</ul></section>`;
}

function highlightList(v: ClipView): string {
  if (!v.highlights.length) return '<section><h3>Highlights</h3><p class="empty">No highlights.</p></section>';
  const groups = groupBySection(v.highlights).map((g) => {
    const items = g.items.map((h) => {
      const cls = isColor(h.color) ? ` class="${h.color}"` : '';
      const note = h.note.trim() ? `<p class="note">${escapeHtml(h.note.trim())}</p>` : '';
      return `<blockquote${cls}>${escapeHtml(h.selectors.quote)}</blockquote>${note}`;
    });
    return `<h4>${escapeHtml(g.path.join(SECTION_SEPARATOR) || 'Before the first heading')}</h4>${items.join('')}`;
  });
  return `<section><h3>Highlights</h3>${groups.join('')}</section>`;
}

function clipSection(v: ClipView): string {
  const lang = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(v.clip.lang) ? ` lang="${v.clip.lang}"` : '';
  return `<article class="clip"${lang}><h2>${escapeHtml(tidy(v.clip.title) || 'Untitled')}</h2>${metaTable(v)}${outlineList(v)}${highlightList(v)}</article>`;
}

export function toHtml(bundle: ExportBundle, opts: HtmlOptions = {}): string {
  const title = escapeHtml(opts.title ?? 'Clausemark export');
  const views = clipViews(bundle);
  const count = `${views.length} clip${views.length === 1 ? '' : 's'} · exported ${formatDate(opts.now ?? Date.now())}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="zh"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title><style>${HTML_STYLE}</style></head>`,
    `<body><header><h1>${title}</h1><p class="meta-line">${count}</p></header>`,
    ...views.map(clipSection),
    '</body></html>',
    '',
  ].join('\n');
}
