/**
 * A declaration, a charter or a constitution in translation numbers its articles in Roman numerals run in at the
 * start of their paragraphs (I. Men are born … / II. The end of all … / … XVII.), with no caption: each paragraph is
 * an article, the document's top unit, though English numbered prose is otherwise no heading (a recital, a point).
 */
import type { Line } from './blocks';
import { label } from './line-context';

/** At least this many articles: a short Roman list inside a text is a list. */
const MIN_ARTICLES = 5;
/** a sentence: a capital, six words or more, a stop or a comma after a word */
const SENTENCE = /^(?=[A-Z“"‘'])(?=(?:\S+\s+){5})[^]*[a-z][.;:,](?:\s|$)/;

/**
 * The lines opening such articles: every Roman-numbered line of the text is a prose paragraph run in after its
 * numeral, and they count I, II, III … without a gap or a restart. Empty when the text has no such series.
 */
export function romanArticles(lines: Line[]): Set<Line> {
  // a Roman numeral opens the line, or a set-off line's act heading holds one: the label is read only then (a big
  // Chinese law has thousands of lines, and reading each one's label again here cost as much as classifying them)
  const maybe = (l: Line) => /^[IVX]/.test(l.text.trimStart()) || ((l.heading || l.bold || l.centered) && /[IVX]/.test(l.text));
  const roman = lines.filter((l) => !l.inTable && maybe(l) && label(l, false, false)?.style === 'roman-dot');
  if (roman.length < MIN_ARTICLES) return new Set();
  const ok = roman.every((l, i) => {
    const lab = label(l, false, false)!;
    // a sentence after the numeral, in a paragraph of its own: not a caption, not a part's numeral set off alone
    return lab.value === i + 1 && !l.listItem && !l.heading && SENTENCE.test(lab.rest);
  });
  return ok ? new Set(roman) : new Set();
}
