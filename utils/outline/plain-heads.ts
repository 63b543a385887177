/**
 * Section heads set as plain paragraphs: a news round-up parts its story with short lines standing alone between
 * paragraphs (打造更具吸引力和竞争力的营商环境), no bold, no number — a reader still sees them, because each is a
 * phrase, not a sentence, with a run of full paragraphs before and after it. Read only when nothing else on the
 * page is a head, and only as a run of two or more such lines, each opening a section of three paragraphs or more.
 * A head may run over two such lines (安宁疗护精细化 / 让临终患者少些痛苦多些温暖: a phrase and its parallel sub-line).
 */
import type { Line } from './blocks';
import type { Candidate } from './classify';
import { isOwnTitle, isTitleLike, nospace } from './heads';

const CJK_LINE = /^[\u3400-\u9fff“《]/;
// a photo's caption or a credit set the same way (航拍下的某某, 某某 摄, 素材来源 …)
const NOT_HEAD = /图|摄|照片|航拍|合影|截图|视频|来源|记者|编辑|通讯员|整合|综合/;

const free = (l: Line) => !l.inTable && !l.listItem && !l.linked && !l.heading;
/** A paragraph of the text: a sentence or more, with its end (a news paragraph may be one short sentence). */
const paragraph = (l: Line | undefined): boolean => !!l && free(l) && nospace(l.text).length >= 20 && /[。！？]/.test(l.text);

const MAX = 24;

/** A short phrase on a line of its own: what a plain head's line looks like. */
function phrase(l: Line | undefined, docTitle: string): l is Line {
  if (!l) return false;
  const t = nospace(l.text);
  if (!free(l) || t.length < 4 || t.length > MAX || !CJK_LINE.test(t) || NOT_HEAD.test(t)) return false;
  return isTitleLike(l.text, MAX) && !isOwnTitle(l.text, docTitle);
}

/** How many lines the head starting at `i` takes (one, or two for a phrase over its sub-line), or 0. */
function headAt(lines: Line[], i: number, docTitle: string): number {
  if (!phrase(lines[i], docTitle) || !paragraph(lines[i - 1])) return 0;
  if (paragraph(lines[i + 1])) return 1;
  return phrase(lines[i + 1], docTitle) && paragraph(lines[i + 2]) ? 2 : 0;
}

/** The page's plain section heads, or none. */
export function plainHeads(lines: Line[], docTitle: string): Candidate[] {
  const at: [number, number][] = [];
  for (let i = 1; i < lines.length; i++) {
    const n = headAt(lines, i, docTitle);
    if (n) (at.push([i, n]), (i += n - 1));
  }
  if (at.length < 2 || at.length > 8) return [];
  // every head opens a section: three paragraphs or more before the next head (or the end)
  const sections = at.map(([i, n], k) => lines.slice(i + n, at[k + 1]?.[0] ?? lines.length).filter(paragraph).length);
  if (sections.some((n) => n < 3)) return [];
  return at.map(([i, n]) => {
    const group = lines.slice(i, i + n);
    const rest = group.map((l) => l.text.trim()).join(' ');
    return { kind: 'bold', style: 'plain', line: group[0]!, joined: group.slice(1), label: null, rest };
  });
}
