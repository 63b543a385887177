/** Run-in leads (坚持…。) are heads only as a parallel series: which of the classified leads to keep. */
import type { Line } from './blocks';
import type { Candidate } from './classify';
import { capsLead } from './act-heads';
import { commonPrefix, leadSentence, nospace } from './heads';
import { leadSections } from './lead-sections';

/**
 * Run-in leads are heads only as a parallel series: three or more neighbouring paragraphs whose leads share an
 * opening phrase (坚持…同谋划。/同部署。/同推进。), or two or more set off in bold or by a capitalised label.
 */
export function keepRuninSeries(cands: Candidate[], index: Map<Line, number>): Candidate[] {
  const keep = leadSections(cands, index);
  // an article sectioned by unnumbered bold subheads: plain leads inside a section open its paragraphs, no more
  const boldSections = cands.filter((c) => c.kind === 'bold').length >= 2 && !cands.some((c) => c.label);
  let head: Candidate | null = null;
  for (let i = 0; i < cands.length;) {
    const c = cands[i]!;
    if (!c.style.startsWith('runin') || (boldSections && c.style === 'runin')) {
      if (!c.style.startsWith('runin')) head = c;
      i++;
      continue;
    }
    // Grow a series while its members stay neighbours and (for plain leads) keep a shared opening phrase.
    const run = [c];
    for (let j = i + 1; j < cands.length; j++) {
      const n = cands[j]!;
      if (n.style !== c.style || !adjacent(run[run.length - 1]!.line, n.line, index)) break;
      if (c.style === 'runin' && commonPrefix([...run, n].map(leadOf)).replace(/[^\p{L}]/gu, '').length < 2) break;
      run.push(n);
    }
    // a memo's labels differ from each other; speakers' turns in a transcript repeat theirs, and a contact block
    // its field names (联系电话：…／联系电话：…): heads of a series each say something else
    const leads = c.style === 'runin-caps' ? run.map((r) => capsLead(r.line.text)) : c.style === 'runin' ? run.map(leadOf) : null;
    const distinct = !leads || new Set(leads).size === run.length;
    // 工业生产…。/工业效益…。/工业园区…。 under 三、工业与建筑业: the shared opening only names the section's topic
    const topical = c.style === 'runin' && repeatsHead(commonPrefix(run.map(leadOf)), head);
    // plain terms each defined after a colon (名词解释's 某某事务：反映…, a breakdown's 按…划分：…) are a list, not heads
    const terms = c.style === 'runin' && run.every(colonLead);
    if (distinct && !topical && !terms && ((c.style !== 'runin' && run.length >= 2) || run.length >= 3)) {
      run.forEach((r) => keep.add(r));
      i += run.length;
    } else i += distinct ? 1 : run.length;
  }
  return cands.filter((c) => !c.style.startsWith('runin') || keep.has(c));
}

/** The phrase all the leads open with is a word of the heading they sit under. */
function repeatsHead(prefix: string, head: Candidate | null): boolean {
  const p = prefix.replace(/[^\p{L}]/gu, '');
  return !!head && p.length >= 2 && nospace(head.rest).includes(p);
}

const leadOf = (c: Candidate) => leadSentence(c.line.text, 25) ?? c.line.boldLead;

/** The plain lead ends in a colon: a term and what it means, or a label and its list. */
function colonLead(c: Candidate): boolean {
  const text = c.line.text.trim();
  const lead = leadSentence(text, 25);
  return !!lead && /^[：:]/.test(text.slice(text.indexOf(lead) + lead.length).trimStart());
}

/**
 * Paragraph siblings with at most two plain paragraphs between them; lines of one block (set apart by <br>) count
 * the same way, by the lines between them.
 */
function adjacent(a: Line, b: Line, index: Map<Line, number>): boolean {
  if (a.block === b.block) return index.get(b)! - index.get(a)! <= 3;
  let n: Element | null = a.block;
  for (let k = 0; k < 3 && n; k++) {
    n = n.nextElementSibling;
    if (n === b.block) return true;
  }
  return false;
}
