/**
 * A policy or a help page set as plain paragraphs often heads its sections with the questions it answers ("When do we
 * collect information?" over the answer): no tag, no bold, yet a reader sees the structure. Three or more such
 * questions, each a line of its own over its answer, make a series. Such a policy heads its other sections the same way
 * with a short topic line ("Third-party disclosure", "CAN SPAM Act"): a capitalised phrase of a few words on a line of
 * its own, between a paragraph's line and its answer, joins the series.
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

/** a topic: a capitalised phrase of at most six words, no sentence, no lead-in colon, no list bullet */
const TOPIC = /^[A-Z][^.!?:;,]{1,60}$/;
const MAX_TOPIC_WORDS = 6;

function isTopicHead(lines: Line[], i: number, taken: ReadonlySet<Line>): boolean {
  const l = lines[i]!;
  const [prev, next] = [lines[i - 1], lines[i + 1]];
  const text = l.text.trim();
  if (!free(l, taken) || !TOPIC.test(text) || text.split(/\s+/).length > MAX_TOPIC_WORDS) return false;
  // set between text: a paragraph's line or its end above (not a head, nor a lead-in "… the following:" whose
  // items follow it), its answer below
  const above = prev?.text.trim() ?? '';
  const below = next?.text.trim() ?? '';
  if (!prev || !free(prev, taken) || QUESTION.test(above) || /:$/.test(above)) return false;
  if (above.length < MIN_ANSWER && !/[.!?]$/.test(above)) return false;
  return !!next && free(next, taken) && below.length >= MIN_ANSWER && /^[A-Za-z"“‘']/.test(below);
}

/** The series' heads in page order (`taken`: lines already heads of another kind), or none. */
export function questionSeries(lines: Line[], taken: ReadonlySet<Line>): Candidate[] {
  const items = lines.filter((_, i) => isQuestionHead(lines, i, taken));
  if (items.length < MIN_SERIES) return [];
  const topics = lines.filter((_, i) => isTopicHead(lines, i, taken));
  return lines
    .filter((l) => items.includes(l) || topics.includes(l))
    .map((line) => ({ kind: 'series', style: 'question', line, joined: [], label: null, rest: line.text }));
}
