import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { buildOutline } from '../../utils/outline';
import { matchLabel } from '../../utils/outline/labels';

function rows(body: string) {
  const root = parseHtml(`<html><body><div id="a">${body}</div></body></html>`).window.document.getElementById('a')!;
  return buildOutline(root).map((e) => [e.level, e.label, e.title]);
}

const sec = (label: string, title: string) => `<h5>${label} ${title}</h5><p>Text of the provision, as enacted by Parliament.</p>`;
const ACT = `<h2>Part&nbsp;1 Preliminary</h2>${sec('1', 'Title')}${sec('2', 'Purpose')}<h2>Schedule&nbsp;1 Repeals</h2><h5>Harbours Act 1950 (1950 No 4)</h5>`;

describe("an Act's end matter in the outline", () => {
  it('puts the consolidation "Notes" at level 1 with its numbered notes below, not under the last schedule', () => {
    const notes = `<h6>Notes</h6><h6>1 General</h6><p>This is a consolidation of the Act.</p><h6>2 Legal status</h6><p>A consolidation states the law.</p>`;
    expect(rows(ACT + notes)).toEqual([
      [1, 'Part 1', 'Preliminary'],
      [2, '1', 'Title'],
      [2, '2', 'Purpose'],
      [1, 'Schedule 1', 'Repeals'],
      [1, null, 'Notes'],
      [2, '1', 'General'],
      [2, '2', 'Legal status'],
    ]);
  });

  it('also knows Endnotes, whose own structure nests below them', () => {
    const end = `<h3>Endnotes</h3><h5>1 About the endnotes</h5><p>The endnotes give information about this compilation.</p><h5>Harbours Act 1950</h5>`;
    expect(rows(ACT + end).slice(-2)).toEqual([
      [1, null, 'Endnotes'],
      [2, '1', 'About the endnotes'],
    ]);
  });

  it('leaves a "Notes" heading of an ordinary document where it stands', () => {
    const doc = `<h2>Introduction</h2><p>Some text about the topic.</p><h2>Notes</h2><p>A note.</p><h3>Sources</h3><p>A source.</p>`;
    expect(rows(doc)).toEqual([
      [1, null, 'Introduction'],
      [1, null, 'Notes'],
      [2, null, 'Sources'],
    ]);
  });

  it('does not start a part at a "Notes" heading before the Act itself (cover notes)', () => {
    const cover = `<h6>Notes</h6><p>Changes authorised by the Legislation Act have been made in this reprint.</p>`;
    expect(rows(cover + ACT)[0]).toEqual([1, 'Part 1', 'Preliminary']);
  });
});

describe('schedule labels', () => {
  it('reads an unnumbered Schedule heading (an Act with one schedule) as a schedule', () => {
    expect(rows(`${sec('1', 'Title')}<h2>Schedule Consequential amendments</h2><h5>Ombudsmen Act 1975</h5>`)).toEqual([
      [1, '1', 'Title'],
      [1, 'Schedule', 'Consequential amendments'],
    ]);
  });

  it('but not a lower-case title that starts with the word, nor a "Schedule" heading of a page that is no Act', () => {
    expect(rows(`${sec('1', 'Title')}<h2>Schedule of fees</h2>`)).not.toContainEqual([1, 'Schedule', 'of fees']);
    const page = `<h2>Overview</h2><p>The meeting opens on Monday.</p><h2>Schedule Highlights</h2><p>Talks all day.</p><h2>Speakers</h2><p>Many.</p>`;
    expect(rows(page)).toEqual([
      [1, null, 'Overview'],
      [1, null, 'Schedule Highlights'],
      [1, null, 'Speakers'],
    ]);
  });

  it.each([
    ['Schedule 1AA Transitional, savings, and related provisions', 'Schedule 1AA'],
    ['Part 2A Disclosure of information', 'Part 2A'],
  ])('keeps the letters of an inserted number: %s', (text, label) => expect(matchLabel(text)?.label).toBe(label));
});
