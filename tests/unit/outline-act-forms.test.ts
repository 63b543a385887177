/** Forms of English Acts and bills (session 7): amending Schedules, contents lists, Ontario and Singapore statutes. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { buildOutline } from '../../utils/outline';
import { matchLabel } from '../../utils/outline/labels';

const doc = (body: string) => parseHtml(`<html><body>${body}</body></html>`).window.document;
const rows = (body: string) => buildOutline(doc(`<div id="a">${body}</div>`).getElementById('a')!).map((e) => [e.level, e.label, e.title]);
const text = 'The harbour master must keep every channel buoy lit and in good repair at all times.';

describe('an amending Schedule set out in numbered items (Australian Acts and bills)', () => {
  const head = (n: string, caption: string) => `<h5>${n} ${caption}</h5><p>${text}</p>`;
  const bill =
    head('1', 'Short title') +
    head('2', 'Schedule') +
    '<p><b>Schedule 1—Amendment of the Harbours Act 1950</b></p><p>Harbours Act 1950</p>' +
    `<p>1\u00a0 Subsection 5(1) (definition of <i>buoy</i>)</p><p>Repeal the definition, substitute:</p><p>${text}</p>` +
    `<p>2\u00a0 Section 47</p><p>Omit “a light”, substitute “a light or buoy”.</p>` +
    `<p>3\u00a0 Application—harbours under construction</p><p>${text}</p>`;
  it('its items are heads under the Schedule, however long their captions', () => {
    expect(rows(bill)).toEqual([
      [1, '1', 'Short title'],
      [1, '2', 'Schedule'],
      [1, 'Schedule 1', 'Amendment of the Harbours Act 1950'],
      [2, '1', 'Subsection 5(1) (definition of buoy)'],
      [2, '2', 'Section 47'],
      [2, '3', 'Application—harbours under construction'],
    ]);
  });
  it('outside a Schedule, a number before a long plain line is no head', () => {
    expect(rows(`${head('1', 'Short title')}<p>1\u00a0 Subsection 5(1) (definition of buoy)</p><p>${text}</p>`)).toEqual([
      [1, '1', 'Short title'],
    ]);
  });
});

describe('contents lists before an Act', () => {
  it('a Word export sets leaders between the number and the title: the list ends where the body repeats an entry', () => {
    const toc =
      '<p>Contents</p><p>1............ Short title.............. 1</p><p>2............ Schedule.............. 1</p><p>Schedule 1—Amendment of the Harbours Act 1950\u00a0\u00a0\u00a0 3</p>';
    const schedule = '<p><b>Schedule 1—Amendment of the Harbours Act 1950</b></p>';
    expect(rows(`${toc}<h5>1 Short title</h5><p>${text}</p><h5>2 Schedule</h5><p>${text}</p>${schedule}<p>${text}</p>`)).toEqual([
      [1, '1', 'Short title'],
      [1, '2', 'Schedule'],
      [1, 'Schedule 1', 'Amendment of the Harbours Act 1950'],
    ]);
  });
  it('a list whose first entry the body never repeats runs up to the first sentence', () => {
    const toc =
      '<p>Table of Contents</p><p>Long Title</p><p><b>Part 1 PRELIMINARY</b></p><p><b>Part 2 ADMINISTRATION</b></p><p><b>Division 1 — Consent</b></p><p>Legislative History</p>';
    const body = `<p>An Act to provide for the keeping of harbours.</p><p>PART 1</p><p>PRELIMINARY</p><p>Short title</p><p><strong>1.</strong> This Act is the Harbours Act 2012.</p>`;
    expect(rows(toc + body).map((r) => r[1])).not.toContain('Part 2');
  });
});

describe("Ontario's statutes", () => {
  it.each([
    ['part i  INTERPRETATION', 'PART I', 1],
    ['Part v.1  Electronic Health Record', 'PART V.1', 5],
    ['PART 2.1 Ferries', 'PART 2.1', 2],
  ])('a Part numbered %s', (line, label, value) => expect(matchLabel(line)).toMatchObject({ style: 'en-part', label, value }));
  it.each(['part of the harbour is closed', 'part in the plan'])('not %s', (line) => expect(matchLabel(line)).toBeNull());
  it('a caption with a colon names its section, and a stub printed without a caption is a section still', () => {
    const body = `<p>Purposes</p><p><b>1 </b>${text}</p><p>Incapable individual: persons who may consent</p><p><b>2 </b>(1) ${text}</p><p><b>76.-98 </b>Omitted (amends or repeals other Acts).</p><p><b>99 </b>Omitted (provides for coming into force of provisions of this Act).</p>`;
    expect(rows(body)).toEqual([
      [1, '1', 'Purposes'],
      [1, '2', 'Incapable individual: persons who may consent'],
      [1, '76.-98', ''],
      [1, '99', ''],
    ]);
  });
});
