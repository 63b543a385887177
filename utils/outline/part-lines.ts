/**
 * Part titles printed as plain paragraphs: a work report saved as DOCX (or any page without formatting) sets its
 * parts as short lines of their own (2024年工作回顾 / 2025年工作安排建议 / 名词解释), each a little above a numbered
 * run that starts again at （一）. Nothing sets them off but that: they are read as bold title lines when the
 * numbering restarts under two or more of them.
 */
import type { Line } from './blocks';
import type { Candidate } from './classify';
import { FIXED_RANK, type Style } from './labels';

/** how far above its run's first head a part title may stand (its opening paragraphs, a —— list, a lead-in) */
const REACH = 10;
const PART_TITLE = /^[\p{Script=Han}\dA-Za-z“”"《》（）()]{2,16}$/u;

export function withPartLines(lines: Line[], cands: Candidate[]): Candidate[] {
  const at = new Map(lines.map((l, i) => [l, i]));
  const taken = new Set(cands.map((c) => at.get(c.line)));
  const runStarts = cands.filter((c) => c.label?.value === 1 && FIXED_RANK[c.style as Style] === undefined);
  if (!restarts(runStarts)) return cands;
  const found: Candidate[] = [];
  for (const start of runStarts) {
    const j = at.get(start.line);
    if (j === undefined) continue;
    for (let i = j - 1; i >= Math.max(0, j - REACH); i--) {
      if (taken.has(i)) break; // another head between: the run belongs to it
      const line = lines[i]!;
      if (isPartTitle(line)) {
        found.push({ kind: 'bold', style: 'bold', line, joined: [], label: null, rest: line.text.trim() });
        break;
      }
    }
  }
  if (found.length < 2) return cands;
  return [...cands, ...found].sort((a, b) => at.get(a.line)! - at.get(b.line)!);
}

/** some numbering style starts again at 1 */
function restarts(starts: Candidate[]): boolean {
  const seen = new Set<string>();
  for (const s of starts) {
    if (seen.has(s.style)) return true;
    seen.add(s.style);
  }
  return false;
}

function isPartTitle(line: Line): boolean {
  return !line.inTable && !line.listItem && !line.linked && !line.heading && PART_TITLE.test(line.text.trim());
}
