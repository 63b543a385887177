/**
 * What a line says with its neighbours, for classify.ts: a label it opens with, a title set over several lines, a
 * caption on the next line, a bold lead that ends a phrase, a linked number or card, an attachment list's items.
 */
import type { Line } from './blocks';
import { isTitleLike } from './heads';
import { actHeadingLabel, SECTION_STYLES } from './act-heads';
import { matchLabel, type Label } from './labels';

export function label(line: Line, inAct = false, bare = true): Label | null {
  const l = matchLabel(line.text);
  if (l && !(l.style === 'ar-space' && line.heading && /^[A-Za-z]/.test(l.rest))) return l;
  return line.heading || line.bold || line.centered ? actHeadingLabel(line.text, inAct, bare && line.heading > 0) : null;
}

/** 附录1：… / 附表2： opens a heading of its own: two appendix heads in a row are not one title over two lines */
const APPENDIX = /^\s*附\s*[录表]\s*[0-9０-９一二三四五六七八九十]{0,3}\s*[：:]/;

/** A title set over up to three consecutive lines set the same way (centred, or bold). */
export function titleGroup(lines: Line[], from: number, bare = true): Line[] {
  const first = lines[from];
  if (!first || !isTitleLike(first.text, titleMax(first)) || label(first, false, bare)) return [];
  const group = [first];
  while (group.length < 3) {
    const n = lines[from + group.length];
    if (
      !n ||
      !(n.centered || n.bold) ||
      n.centered !== first.centered ||
      !isTitleLike(n.text) ||
      label(n, false, bare) ||
      APPENDIX.test(n.text)
    )
      break;
    group.push(n);
  }
  return group;
}

// An English heading (a tag, or a centred bold line that is no sentence) carries a caption up to a sentence long
// ("Shipments held in warm containers may spoil before they reach stores", 60 letters); 50 suits Chinese lines.
const LATIN = /^[\x00-\u024f\u2000-\u206f]*$/;
// A question in a heading tag (an FAQ's) may run to two sentences' length and is still its heading.
export const titleMax = (l: Line) =>
  LATIN.test(l.text) && l.heading > 0 && /\?$/.test(l.text.trim())
    ? 200
    : LATIN.test(l.text) && (l.heading > 0 || (l.bold && l.centered && !/[.!?]$/.test(l.text.trim())))
      ? 100
      : 50;

/**
 * A plain English line centred on its own over text that is not ("THE SCHEDULE" over the list it heads): set apart
 * as a heading is, once the body has begun (above it, centred lines are the document's head). Not a block of
 * centred lines (a signature's name over its office), nor a closing cry (… QUEEN!).
 */
export function centredOverText(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  const n = lines[i + 1];
  if (!l.centered || l.bold || !LATIN.test(l.text) || /[.!?]$/.test(l.text.trim()) || !n || n.centered || n.inTable) return false;
  return lines.slice(0, i).some((p) => !p.centered && !p.inTable && p.text.length >= 40 && /[.!?]$/.test(p.text.trim()));
}

/** The caption printed on the line after a bare English label: a short name, not a sentence nor another label. */
export function nextLineTitle(n: Line | undefined, above?: Line): Line | null {
  if (!n || n.listItem || n.inTable || label(n) || !isTitleLike(n.text, 120) || /[.;:,]$/.test(n.text)) return null;
  // centred under a centred label, a title may open in lower case: small capitals a conversion lost ("PART IV" /
  // "electronic transactions")
  return /^[A-Z]/.test(n.text) || (!!above?.centered && n.centered && /^[a-z]/.test(n.text)) ? n : null;
}

/**
 * A bold lead is a run-in title when it ends a phrase (加强组织领导。/ 坚持问题导向，…), not words stressed inside a
 * sentence: `参与固定补贴价格模式` + `的用户以…`, or a clause carrying on past its comma (…的用户，首先，).
 */
export function setOffLead(lead: string, text: string): boolean {
  const after = text.slice(text.indexOf(lead) + lead.length).trimStart();
  const ends = /[。：:；;！？!?，,、]$/.test(lead) || /^[。：:；;！？!?，,、（(]/.test(after);
  return ends && !/[，,]/.test(lead.slice(0, -1));
}

/**
 * A section number alone on its line and linked to the section's own page, as rules and code sites print it
 * ("123-450-0010" over its caption): the section's heading, not a link elsewhere, when its caption follows.
 */
export function linkedNumber(lines: Line[], i: number): boolean {
  const lab = matchLabel(lines[i]!.text);
  const next = lines[i + 1];
  return !!lab && SECTION_STYLES.has(lab.style) && !lab.rest && !lines[i]!.listItem && !next?.linked && !!nextLineTitle(next);
}

/**
 * A heading tag that is wholly a link, over a paragraph of its own text: a card's title, one of the page's sections
 * linked to its own page ("Standards" over "Electrical is addressed in …"), not a list of links elsewhere.
 */
export function linkedCard(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  const next = lines[i + 1];
  return l.heading > 0 && !l.listItem && !!next && !next.linked && !next.heading && !next.listItem && /[.!?。！？]$/.test(next.text);
}

/** How many lines after an attachment line opening a numbered list (附件：1.某某表) carry its next items (2.…, 3.…). */
export function attachmentListItems(lines: Line[], at: number, rest: string): number {
  if (!/^1\s*[.．、]/.test(rest)) return 0;
  let n = 0;
  while (n < 20 && new RegExp(`^${n + 2}\\s*[.．、]\\S`).test(lines[at + n + 1]?.text.trim() ?? '')) n++;
  return n;
}
