/**
 * Dates an English page states about itself outside its `<meta>` tags: a microdata `datePublished` (a blog's
 * `<abbr itemprop="datePublished" title="2018-06-05T08:00:00-07:00">`), and a date under a label that says when the
 * content stands ("Content current as of:", "Published:"). Update stamps ("Updated", "Last reviewed", "Date
 * modified") say when someone last touched the page, not when it was published, so they are no labels here.
 */
import { squash } from '../../dom/blocks';
import { englishDate } from './date-line-en';
import { toIsoDateTime } from './dates';

/** The microdata `datePublished` the page carries on an element of its body (its attribute, not its text). */
export function readMicrodataPublished(doc: Document): string {
  const el = doc.body?.querySelector('[itemprop="datePublished" i]');
  if (!el || el.tagName === 'META') return '';
  return toIsoDateTime(el.getAttribute('datetime') || el.getAttribute('content') || el.getAttribute('title') || '');
}

const PUBLISHED_LABEL = /^(?:content current as of|(?:date )?published(?: on)?|publication date|release date|posted(?: on)?)\s*:?$/i;

/** The date printed right after a publication label (in the label's next element), or ''. */
export function readLabelledPublished(doc: Document): string {
  const labels = doc.body?.querySelectorAll('dt, th, h2, h3, h4, h5, h6, strong, b, span, div') ?? [];
  for (const label of Array.from(labels)) {
    if (label.children.length || !PUBLISHED_LABEL.test(squash(label.textContent ?? ''))) continue;
    const value = label.nextElementSibling;
    if (!value) continue;
    const time = value.matches('time') ? value : value.querySelector('time');
    const date = toIsoDateTime(time?.getAttribute('datetime') ?? '') || englishDate(value.textContent ?? '');
    if (date) return date;
  }
  return '';
}
