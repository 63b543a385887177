/**
 * One self-contained, print-ready HTML page: inline CSS, no script, nothing loaded from elsewhere (a CSP meta tag
 * forbids it too). Every piece of text comes from web pages or the user and is escaped. The full document is
 * written from the clip's stored plain text (utils/export/doc); of its stored HTML only the text of table cells is
 * read, so nothing of a page's markup reaches the file. Labels are in the locale passed in.
 */
import type { Locale } from '../i18n';
import { clipViews, formatDate, groupBySection, headingText, SECTION_SEPARATOR, tidy, type ClipView } from './common';
import { documentBody } from './doc/body';
import { metaFields } from './doc/meta';
import { isColor } from '../model/colors';
import { isOpenableUrl, WEB_SCHEMES } from '../safe-url';
import { htmlBody } from './html-body';
import { escapeHtml } from './html-escape';
import { HTML_STYLE } from './html-style';
import { labelsFor, type Labels } from './labels';
import type { ExportBundle, ExportClock, ExportContent, TablesOf } from './types';

export { escapeHtml };

export interface HtmlOptions extends ExportClock {
  /** page heading and <title>; default "Clausemark report" in the locale */
  title?: string;
  /** language of the labels; default English */
  locale?: Locale;
  /** 'full' writes each clip's text with the highlights marked in it; default 'highlights' */
  content?: ExportContent;
  /** the data tables of a clip's HTML, shown as tables in the full document; without it tables read as lines */
  tablesOf?: TablesOf;
}

function metaTable(v: ClipView, l: Labels): string {
  const rows = metaFields(v, l).map((f) => {
    // only web links are made clickable: a javascript: or data: URL from a page stays inert text
    const val =
      f.link && isOpenableUrl(f.value, WEB_SCHEMES) ? `<a href="${escapeHtml(f.value)}">${escapeHtml(f.value)}</a>` : escapeHtml(f.value);
    return `<tr><th scope="row">${escapeHtml(f.label)}</th><td>${val}</td></tr>`;
  });
  return `<table class="meta">${rows.join('')}</table>`;
}

function outlineList(v: ClipView, l: Labels): string {
  const outline = v.body?.outline ?? [];
  if (!outline.length) return '';
  const items = outline.map((e) => `<li class="l${Math.min(6, Math.max(1, Math.trunc(e.level) || 1))}">${escapeHtml(headingText(e))}</li>`);
  return `<section><h3>${escapeHtml(l('outline'))}</h3><ul class="outline">${items.join('')}</ul></section>`;
}

/** Every highlight, placed or not: `placed` (full document) marks the ones the text could not show. */
function highlightList(v: ClipView, l: Labels, placed?: ReadonlySet<string>): string {
  const title = `<h3>${escapeHtml(l('highlights'))}</h3>`;
  if (!v.highlights.length) return `<section>${title}<p class="empty">${escapeHtml(l('noHighlights'))}</p></section>`;
  const groups = groupBySection(v.highlights).map((g) => {
    const items = g.items.map((h) => {
      const cls = isColor(h.color) ? ` class="${h.color}"` : '';
      const missing = placed && !placed.has(h.id) ? ` <span class="missing">(${escapeHtml(l('notPlaced'))})</span>` : '';
      const note = h.note.trim() ? `<p class="note">${escapeHtml(h.note.trim())}</p>` : '';
      return `<blockquote${cls}>${escapeHtml(h.selectors.quote)}${missing}</blockquote>${note}`;
    });
    return `<h4>${escapeHtml(g.path.join(SECTION_SEPARATOR) || l('beforeFirst'))}</h4>${items.join('')}`;
  });
  return `<section class="highlights">${title}${groups.join('')}</section>`;
}

/** `full`: null for highlights only, else how the full document finds its tables */
function clipSection(v: ClipView, i: number, l: Labels, full: { tables?: TablesOf } | null): string {
  const lang = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(v.clip.lang) ? ` lang="${v.clip.lang}"` : '';
  const head = `<h2>${escapeHtml(tidy(v.clip.title) || l('untitled'))}</h2>${metaTable(v, l)}${outlineList(v, l)}`;
  if (!full) return `<article class="clip"${lang}>${head}${highlightList(v, l)}</article>`;
  const body = documentBody(v, full.tables && v.body ? full.tables(v.body) : []);
  const text = body.blocks.length ? htmlBody(body, i + 1, l) : '';
  return `<article class="clip"${lang}>${head}${text}${highlightList(v, l, body.placed)}</article>`;
}

export function toHtml(bundle: ExportBundle, opts: HtmlOptions = {}): string {
  const l = labelsFor(opts.locale);
  const title = escapeHtml(opts.title ?? l('report'));
  const views = clipViews(bundle);
  const count = escapeHtml(`${l.clips(views.length)} · ${l('exported', { date: formatDate(opts.now ?? Date.now()) })}`);
  const full = opts.content === 'full' ? { tables: opts.tablesOf } : null;
  return [
    '<!DOCTYPE html>',
    `<html lang="${l.locale === 'zh-CN' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title><style>${HTML_STYLE}</style></head>`,
    `<body><header><h1>${title}</h1><p class="meta-line">${count}</p></header>`,
    ...views.map((v, i) => clipSection(v, i, l, full)),
    '</body></html>',
    '',
  ].join('\n');
}
