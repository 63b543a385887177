/**
 * A policy or a help page set as plain paragraphs often heads its sections with the questions it answers ("When do we
 * collect information?" over the answer): no tag, no bold, yet a reader sees the structure. Three or more such
 * questions, each a line of its own over its answer, make a series.
 */
import type { Line } from './blocks';
import type { Candidate } from './classify';

/** a question of a few words, no sentence before it */
const QUESTION = /^[A-Z][^.!?:;]{8,120}\?$/;
const MIN_SERIES = 3;
/** an answer, not a one-word reply or a button: the next line carries some text */
const MIN_ANSWER = 20;

const free = (l: Line, taken: ReadonlySet<Line>) =>
  !taken.has(l) && !l.inTable && !l.listItem && !l.linked && !l.heading && !l.bold && !l.centered;

function isQuestionHead(lines: Line[], i: number, taken: ReadonlySet<Line>): boolean {
  const l = lines[i]!;
  const next = lines[i + 1];
  const text = l.text.trim();
  return free(l, taken) && QUESTION.test(text) && !!next && !QUESTION.test(next.text.trim()) && next.text.trim().length >= MIN_ANSWER;
}

/** The series' heads in page order (`taken`: lines already heads of another kind), or none. */
export function questionSeries(lines: Line[], taken: ReadonlySet<Line>): Candidate[] {
  const items = lines.filter((_, i) => isQuestionHead(lines, i, taken));
  if (items.length < MIN_SERIES) return [];
  return items.map((line) => ({ kind: 'series', style: 'question', line, joined: [], label: null, rest: line.text }));
}
