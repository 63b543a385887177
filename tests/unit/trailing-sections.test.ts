import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../scripts/lib/dom';

const para = (s: string) => `<div class="sub"><p>${s}</p></div>`;
const prov = (label: string, title: string, text: string) =>
  `<div class="prov"><h5><span>${label}</span> ${title}</h5><div class="body">${para(text)}${para(text)}</div></div>`;
const LONG = 'The keeper must keep the light burning from sunset to sunrise, and whenever fog, rain or smoke reduces visibility at sea.';

/** A page whose main block Readability keeps, followed (outside it, deeply nested) by `after`. */
function page(headings: [string, string][], after: string, footer = '') {
  const body = headings.map(([l, t]) => (l.startsWith('Part') ? `<h2>${l} ${t}</h2>` : prov(l, t, LONG))).join('');
  return `<html><head><title>Test page</title></head><body><div id="c"><div class="doc"><div class="main"><div class="inner">${body}</div></div>
    <div class="last"><div class="end"><div class="wrap">${after}</div></div></div></div></div>${footer}</body></html>`;
}
const ACT: [string, string][] = [
  ['Part 1', 'Preliminary'],
  ['1', 'Title'],
  ['2', 'Purpose'],
  ['Part 2', 'Keepers'],
  ['3', 'Duties'],
  ['4', 'Records'],
  ['5', 'Inspection'],
];
const NOTES = `<div class="notes"><h6>Notes</h6><div class="note"><h6><span>1</span> General</h6><div class="para"><p>This is a consolidation of the Act that incorporates the amendments made to it so far.</p></div></div></div>`;
const extract = (html: string) => {
  const r = extractFromHtml(html, 'https://legislation.example.org/act/1/whole.html');
  if (!r.ok) throw new Error(r.message);
  return r.page;
};

describe('end matter after the body of an Act', () => {
  it('brings back the headed notes block that Readability left out, as an Act’s Notes', () => {
    const p = extract(page(ACT, NOTES));
    expect(p.text).toContain('This is a consolidation of the Act');
    expect(p.outline.slice(-2).map((e) => [e.level, e.label, e.title])).toEqual([
      [1, null, 'Notes'],
      [2, '1', 'General'],
    ]);
  });

  it('stops at the first headed block that is not prose (a link list), and never takes the footer', () => {
    const links = `<div class="more"><h3>More legislation</h3><ul>${['Acts', 'Bills', 'Regulations', 'Search'].map((a) => `<li><a href="/${a}">${a} of New Zealand Parliament</a></li>`).join('')}</ul></div>`;
    const footer = `<footer><div><h3>About this site</h3><p>This website is published by the counsel office, which keeps the official text up to date.</p></div></footer>`;
    const p = extract(page(ACT, links + NOTES, footer));
    expect(p.text).not.toContain('More legislation');
    expect(p.text).not.toContain('This is a consolidation'); // after the link list: not an unbroken run
    expect(p.text).not.toContain('About this site');
  });

  it('leaves the page alone when the article is not legislation', () => {
    const post: [string, string][] = ['Getting started', 'Tools', 'Going further', 'Pitfalls', 'Wrapping up'].map((t, i) => [
      String(i + 1),
      t,
    ]);
    const bio = `<div class="bio"><h3>About the writer</h3><div class="para"><p>Jane writes about boats, lighthouses and the sea for several magazines.</p></div></div>`;
    expect(extract(page(post, bio)).text).not.toContain('About the writer');
  });
});
