/** An Act's opening sections before its first Part, left out by Readability, are put back at the article's start. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { markTrailingSections } from '../../utils/extract/passes/trailing-sections';
import { restoreLeadingSections, restorePreamble } from '../../utils/extract/passes/leading-sections';

const words = 'the harbour master must keep every channel buoy lit and in good repair at all times';
const prov = (n: string, caption: string, extra = '') =>
  `<div class="prov"><h5><span>${n}</span> ${caption}</h5><div><p>${words}.</p>${extra}</div></div>`;
const para = (l: string) => `<div class="label-para"><h5><span>(${l})</span> </h5><p>${words};</p></div>`;
const notes = '<div class="history"><p>Section 2(2): amended, on 1 July 2022, by <a href="/a">section 4</a> of the Harbours Act.</p></div>';

/** The page before Readability, then Readability's pick: the block `taken` moved into an article of its own. */
function afterReadability(body: string, taken: string) {
  const doc = parseHtml(`<html><body>${body}</body></html>`, 'https://legislation.example.org/act/1').window.document;
  markTrailingSections(doc.body);
  const content = doc.createElement('div');
  const inner = doc.createElement('div');
  content.appendChild(inner);
  for (const el of Array.from(doc.querySelectorAll(taken))) inner.appendChild(el);
  const heads = () => Array.from(inner.querySelectorAll('h2, h3, h5')).map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
  return { moved: restoreLeadingSections(content, inner, doc), preamble: () => restorePreamble(content, inner, doc), heads };
}

const part = (n: number, sections: string) => `<div class="part"><h2><span>Part ${n}</span> Harbours</h2>${sections}</div>`;

describe('leading sections', () => {
  it('puts back the numbered sections printed before the Part the article opens with, their paragraphs inside them', () => {
    const body = `<div class="cover"><h6>Note</h6><p>${words}.</p></div><div class="body">${prov('1', 'Title')}${prov('2', 'Commencement', para('a') + para('b') + notes)}${part(1, prov('3', 'Purpose'))}${part(2, prov('4', 'Fees'))}</div>`;
    const r = afterReadability(body, '.part');
    expect(r.moved).toBe(2);
    expect(r.heads().slice(0, 4)).toEqual(['1 Title', '2 Commencement', '(a)', '(b)']);
    expect(r.heads()[4]).toBe('Part 1 Harbours');
  });
  it('puts back the Part heading left behind in its emptied block, below the sections', () => {
    const subparts = `<div class="subpart"><h3><span>Subpart 1</span>—Pilots</h3>${prov('3', 'Purpose')}</div>`;
    const body = `<div class="body">${prov('1', 'Title')}${prov('2', 'Commencement')}${part(1, subparts)}</div>`;
    const r = afterReadability(body, '.subpart');
    expect(r.heads()).toEqual(['1 Title', '2 Commencement', 'Part 1 Harbours', 'Subpart 1—Pilots', '3 Purpose']);
  });
  it('leaves the page alone when the article opens with a section, or nothing numbered comes before it', () => {
    const body = `<div class="body">${prov('1', 'Title')}${prov('2', 'Commencement')}${prov('3', 'Purpose')}</div>`;
    expect(afterReadability(body, '.prov:last-child').moved).toBe(0);
    const guide = `<div><h2>About harbours</h2><p>${words}.</p></div>${part(1, prov('3', 'Purpose'))}`;
    expect(afterReadability(guide, '.part').moved).toBe(0);
  });
});

describe('a Preamble left out', () => {
  const recitals = `<section class="preamble"><h3>Preamble</h3><span>WHEREAS ${words};</span><span>WHEREAS the Council ${words};</span></section>`;
  it('goes back before the first section the article opens with', () => {
    const body = `<div class="act">${recitals}${prov('1', 'Definitions')}${prov('2', 'Application')}</div>`;
    const r = afterReadability(body, '.prov');
    expect(r.preamble()).toBe(1);
    expect(r.heads()).toEqual(['Preamble', '1 Definitions', '2 Application']);
  });
  it('stays out when the article does not open with a provision, or something else came between', () => {
    const guide = `<div>${recitals}<div><h3>About harbours</h3><p>${words}.</p></div>${prov('1', 'Definitions')}</div>`;
    expect(afterReadability(guide, '.prov').preamble()).toBe(0);
    const notProvision = `<div>${recitals}<div class="x"><h3>About harbours</h3><p>${words}.</p></div></div>`;
    expect(afterReadability(notProvision, '.x').preamble()).toBe(0);
  });
});
