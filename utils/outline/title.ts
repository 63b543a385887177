/** An entry's title from the text after its label, as a reader would name the section. */
import { runInCaption } from './runin-caption';

const TAIL = /[。：；:;，,、\s]+$/;
const MAX = 60;

/**
 * A stand-alone heading line keeps its whole text (internal colons too: （一）1921-1949年：新民主主义…);
 * a numbered paragraph is named by its lead, up to the first 。：； and at most 60 characters.
 */
export function entryTitle(rest: string): string {
  const t = rest.trim();
  if (!t) return '';
  const standalone = !/[。！？]/.test(t) && t.length <= MAX && !/[：:；;，,]$/.test(t);
  if (standalone) return t;
  const lead = /^(.*?)[。：；:;！？]/.exec(t)?.[1] ?? t;
  return lead.replace(TAIL, '').slice(0, MAX).trim();
}

/** 第X条 has no title unless it carries a caption: 第一条【立法目的】, 第一条（目的）, or a short line of its own. */
export function articleTitle(rest: string): string {
  const t = rest.trim();
  const bracket = /^[【\[（(]([^】\]）)]{2,20})[】\]）)]/.exec(t);
  if (bracket) return bracket[1]!;
  if (t.length <= 15 && !/[。，；：,;:！？]/.test(t)) return t;
  return '';
}

export function previewOf(rest: string, n = 30): string {
  const t = rest.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n).replace(/[，,、；;：:\s]+$/, '')}…` : t;
}

/** An English section is named by its caption: a short heading line, or a bill's run-in "SHORT TITLE." — else "". */
export function sectionTitle(rest: string, setOff = false): string {
  const t = rest.trim();
  const runIn = /^([A-Z][A-Z0-9 ,'’()-]{2,59})\.(?:\s|$)/.exec(t);
  if (runIn) return runIn[1]!;
  const caption = runInCaption(t);
  if (caption) return caption;
  // a caption may hold commas ("Summoning, proroguing, and dissolution of Parliament"); a sentence does not stop;
  // a heading line of its own may hold a colon ("Requests for cooperation: general provisions"), and run long: an
  // amending Act's caption names the provision it amends and that one's caption (Section 25 amended (Section 20
  // replaced (New Zealand citizens and residents …)))
  if (t.length <= (setOff ? 200 : 100) && !(setOff ? /[.;]\s|[.;:,]$/ : /[.;:]\s|[.;:,]$/).test(t)) return t;
  return captionAlone(t);
}

// A verb a short sentence has and a caption has not ("Rules shall be issued." is the section's text).
const VERB = /\b(?:shall|may|must|will|is|are|was|were|has|have|means)\b/i;

/** A caption printed alone on the section's line with its period (Sec. 3. Applicability. / Effective date.). */
function captionAlone(t: string): string {
  const m = /^([A-Z][^.;:!?]{1,99})\.$/.exec(t);
  if (!m || SENTENCE_OPENER.test(t) || VERB.test(t) || m[1]!.split(/\s+/).length > 8) return '';
  return m[1]!;
}

const SENTENCE_OPENER = /^(?:The|A|An|Any|Each|Every|No|All|This|Notwithstanding|Unless|Except|Upon)\s/;

/**
 * A code section is named by its run-in caption ("Definitions. As used in…" → Definitions), or by the whole line in
 * a contents list; a section whose text starts at once ("1. This section…", "(1) …") has none.
 */
export function codeTitle(rest: string): string {
  const t = rest.trim();
  // a caption names its subject, and may open with its version's note ("(Effective January 1, 2026) Definitions."); a
  // quoted section that opens with its text ("The commission will…") has none
  if (!/^(?:[A-Z“"]|\([A-Z][a-z]{2,})/.test(t) || SENTENCE_OPENER.test(t)) return '';
  const caption = /^(.{2,200}?)\.(?:\s|$)/.exec(t)?.[1];
  return caption ?? (t.length <= 200 ? t : '');
}
