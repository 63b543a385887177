/**
 * The title as the article's body prints it: its first lines, when they are set apart (bold, centred or a heading)
 * and prose follows. Asked only when neither the page's title nor a headline element names the document, as when a
 * red-header title is two bold <br> lines above the salutation.
 */
import { collectLines } from '../outline/blocks';
import { isDocumentName, isTitleLike } from '../outline/heads';
import { matchLabel } from '../outline/labels';

const MAX_LINES = 3;

export function bodyHeadline(article: Element): string {
  const lines = collectLines(article).slice(0, MAX_LINES + 1);
  const group: string[] = [];
  for (const l of lines) {
    const setOff = (l.bold || l.centered || l.heading > 0) && !l.inTable && !l.listItem;
    if (!setOff || !isTitleLike(l.text) || matchLabel(l.text)) break;
    group.push(l.text.trim());
  }
  // A run of set-off lines with no prose after it is a list of headings, not a title.
  if (group.length) return group.length < lines.length && group.length <= MAX_LINES ? group.join('') : '';
  return plainTitle(lines.map((l) => l.text.trim()));
}

// What follows a title printed as the first plain paragraph: its ——subtitle (the meeting a report was given at), or
// the salutation (各位代表：).
const UNDER_TITLE = /^(?:——|--|—)|^[\u4e00-\u9fa5]{2,10}[：:]$/;

/**
 * A file printed without styles (a DOCX turned into plain <p>s) sets its title as the first paragraph: taken when
 * it names a kind of document (…报告, …办法) and a subtitle or a salutation follows, never a sentence or a section.
 */
function plainTitle([first = '', next = '']: string[]): string {
  return isTitleLike(first) && !matchLabel(first) && isDocumentName(first) && UNDER_TITLE.test(next) ? first : '';
}
