/**
 * Circled numbers (①②③) over clauses that each end in a semicolon are one enumerated sentence set a clause a line
 * (立项依据： ①某某通知； ②某某意见； … ⑦某某方案。 ⑧其他相关资料。), a list's items, not heads: a head names a part,
 * it does not end in the ；that joins it to the next. (Half the items or more: the last, or one typed wrong, may
 * end in 。.)
 */
import type { Candidate } from './classify';

const CLAUSE_END = /[；;][\s\u00a0\u3000]*$/;

/** The candidates without circled runs of two or more, half of whose items or more end in a semicolon. */
export function dropClauseLists(cands: Candidate[]): Candidate[] {
  const drop = new Set<Candidate>();
  for (let i = 0; i < cands.length;) {
    let j = i;
    while (j < cands.length && cands[j]!.style === 'circled') j++;
    const run = cands.slice(i, j);
    const clauses = run.filter((c) => CLAUSE_END.test(c.line.text)).length;
    if (run.length >= 2 && clauses * 2 >= run.length) run.forEach((c) => drop.add(c));
    i = Math.max(j, i + 1);
  }
  return drop.size ? cands.filter((c) => !drop.has(c)) : cands;
}
