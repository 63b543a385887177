/**
 * Sections told in leads: a work report's numbered item (（二）大力推动科技创新。…) is followed by paragraphs that each
 * open with a short sentence naming their matter (坚持教育科技人才一体发展。… / 加快重大基础设施建设。…), one or two
 * to a section and worded apart, so no shared opening makes them a series (./runin). A Word export often loses the
 * bold or 楷体 that set them off. Where the paragraphs right after a numbered head's all open so, up to the next head
 * (or two of them or more, one after another), in two sections or more, those leads are the sections' subheads.
 */
import type { Line } from './blocks';
import type { Candidate } from './classify';
import { leadSentence } from './heads';

/** A lead sentence closed by a full stop, no comma inside (a clause of prose has one: 近年来，…。; a list of two, 法治四川、平安四川, may be). */
const isTopicLead = (c: Candidate) => {
  if (c.style !== 'runin') return false;
  const lead = leadSentence(c.line.text, 25);
  return !!lead && c.line.text.trim().charAt(lead.length) === '。' && !/[，,；;：:]/.test(lead);
};

/** The plain run-in leads that, all together, open every paragraph of their numbered heads' sections. */
export function leadSections(cands: Candidate[], index: Map<Line, number>): Set<Candidate> {
  const sections: Candidate[][] = [];
  for (let i = 0; i < cands.length; i++) {
    const head = cands[i]!;
    // the numbered head runs into its own paragraph too (（二）大力推动科技创新。强化…): a head set as a line of its
    // own, its section opened by a sentence of prose (发展是人类社会的永恒主题。…), is another form
    if (!head.label || !leadSentence(head.rest.trim(), 60)) continue;
    const at = index.get(head.line)!;
    // the leads open the paragraphs right after the head's, one after another …
    let j = i + 1;
    while (j < cands.length && isTopicLead(cands[j]!) && index.get(cands[j]!.line) === at + j - i) j++;
    const leads = cands.slice(i + 1, j);
    const next = cands[j];
    if (!leads.length) continue;
    // … up to the next head, or two of them or more (a report's closing paragraphs may follow its last section)
    const nextHead = next && !next.style.startsWith('runin') && index.get(next.line) === at + 1 + leads.length;
    if (leads.length >= 2 || nextHead) sections.push(leads);
  }
  return new Set(sections.length >= 2 ? sections.flat() : []);
}
