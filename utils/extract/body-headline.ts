/**
 * The title as the article's body prints it: its first lines, when they are set apart (bold, centred or a heading)
 * and prose follows. Asked only when neither the page's title nor a headline element names the document, as when a
 * red-header title is two bold <br> lines above the salutation.
 */
import { collectLines } from '../outline/blocks';
import { isTitleLike } from '../outline/heads';
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
  return group.length && group.length < lines.length && group.length <= MAX_LINES ? group.join('') : '';
}
