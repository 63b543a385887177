/**
 * A heading stands over text of its own. Three or more bold lines one straight after another, with no text between
 * them (the countries a proclamation's schedule lists, a page's bold list of names), are a list set in bold, not a
 * run of empty sections.
 */
import type { Line } from './blocks';
import type { Candidate } from './classify';

const MIN_RUN = 3;

const plainBold = (c: Candidate) => c.kind === 'bold' && c.style === 'bold' && c.line.bold && !c.line.heading && !c.joined.length;

export function dropBoldRuns(cands: Candidate[], index: ReadonlyMap<Line, number>): Candidate[] {
  const drop = new Set<Candidate>();
  let run: Candidate[] = [];
  const close = () => {
    if (run.length >= MIN_RUN) for (const c of run) drop.add(c);
    run = [];
  };
  for (const c of cands) {
    const last = run[run.length - 1];
    if (!plainBold(c)) close();
    else if (last && index.get(c.line) === index.get(last.line)! + 1) run.push(c);
    else {
      close();
      run = [c];
    }
  }
  close();
  return drop.size ? cands.filter((c) => !drop.has(c)) : cands;
}
