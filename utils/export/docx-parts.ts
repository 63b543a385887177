/** The parts of a clip in a Word report around its text, as WordprocessingML: metadata table, outline, highlights. */
import { groupBySection, headingText, SECTION_SEPARATOR, type ClipView } from './common';
import { metaFields } from './doc/meta';
import { COLOR_SET, colorOf } from '../model/colors';
import { isOpenableUrl, WEB_SCHEMES } from '../safe-url';
import type { Labels } from './labels';
import { fieldLink, heading, labelTable, para, runs } from './docx-xml';

export function metaTable(v: ClipView, l: Labels): string {
  return labelTable(
    metaFields(v, l).map((f) => [
      f.label,
      // only web links are made clickable: a javascript: or data: URL from a page stays inert text
      para(f.link && isOpenableUrl(f.value, WEB_SCHEMES) ? fieldLink(f.value, f.value) : runs(f.value)),
    ]),
  );
}

export function outlineParagraphs(v: ClipView, l: Labels): string {
  const outline = v.body?.outline ?? [];
  if (!outline.length) return '';
  const items = outline.map((e) =>
    para(runs(headingText(e)), { style: 'ClipOutline', indent: 360 * Math.min(5, Math.max(0, Math.trunc(e.level) - 1)) }),
  );
  return heading(2, runs(l('outline'))) + items.join('');
}

/** Every highlight, placed or not: `placed` (full document) marks the ones the text could not show. */
export function highlightParagraphs(v: ClipView, l: Labels, placed?: ReadonlySet<string>): string {
  const title = heading(2, runs(l('highlights')));
  if (!v.highlights.length) return title + para(runs(l('noHighlights'), { italics: true }));
  const groups = groupBySection(v.highlights).map((g) => {
    const items = g.items.map((h) => {
      const missing = placed && !placed.has(h.id) ? runs(` (${l('notPlaced')})`, { italics: true, color: '808080' }) : '';
      const quote = para(runs(h.selectors.quote) + missing, { style: 'ClipQuote', fill: COLOR_SET[colorOf(h.color)].fill });
      const note = h.note.trim() ? para(runs(l.notePrefix, { bold: true }) + runs(h.note.trim()), { style: 'ClipNote' }) : '';
      return quote + note;
    });
    return heading(3, runs(g.path.join(SECTION_SEPARATOR) || l('beforeFirst'))) + items.join('');
  });
  return title + groups.join('');
}
