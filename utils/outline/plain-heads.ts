/**
 * Section heads set as plain paragraphs: a news round-up parts its story with short lines standing alone between
 * paragraphs (打造更具吸引力和竞争力的营商环境), no bold, no number — a reader still sees them, because each is a
 * phrase, not a sentence, with a run of full paragraphs before and after it. Read only when nothing else on the
 * page is a head, and only as a run of two or more such lines, each opening a section of three paragraphs or more.
 */
import type { Line } from './blocks';
import type { Candidate } from './classify';
import { isOwnTitle, isTitleLike, nospace } from './heads';

const CJK_LINE = /^[\u3400-\u9fff“《]/;
// a photo's caption or a credit set the same way (航拍下的某某, 某某 摄, 素材来源 …)
const NOT_HEAD = /图|摄|照片|航拍|合影|截图|视频|来源|记者|编辑|通讯员|整合|综合/;

const free = (l: Line) => !l.inTable && !l.listItem && !l.linked && !l.heading;
/** A paragraph of the text: long and holding a sentence's end. */
const paragraph = (l: Line | undefined): boolean => !!l && free(l) && nospace(l.text).length >= 40 && /[。！？]/.test(l.text);

function standsAlone(lines: Line[], i: number, docTitle: string): boolean {
  const l = lines[i]!;
  const t = nospace(l.text);
  if (!free(l) || t.length < 4 || t.length > 20 || !CJK_LINE.test(t) || NOT_HEAD.test(t)) return false;
  return isTitleLike(l.text, 20) && !isOwnTitle(l.text, docTitle) && paragraph(lines[i - 1]) && paragraph(lines[i + 1]);
}

/** The page's plain section heads, or none. */
export function plainHeads(lines: Line[], docTitle: string): Candidate[] {
  const at = lines.map((_, i) => i).filter((i) => standsAlone(lines, i, docTitle));
  if (at.length < 2 || at.length > 8) return [];
  // every head opens a section: three paragraphs or more before the next head (or the end)
  const sections = at.map((i, k) => lines.slice(i + 1, at[k + 1] ?? lines.length).filter(paragraph).length);
  if (sections.some((n) => n < 3)) return [];
  return at.map((i) => ({ kind: 'bold', style: 'plain', line: lines[i]!, joined: [], label: null, rest: lines[i]!.text.trim() }));
}
