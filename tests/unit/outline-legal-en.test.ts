/** English legislation beyond NZ (issue 15): what must not become a heading or a title. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { buildOutline } from '../../utils/outline';
import { matchLabel } from '../../utils/outline/labels';
import { readLegalTitleLine } from '../../utils/extract/head/title-legal-en';

const doc = (body: string) => parseHtml(`<html><body>${body}</body></html>`).window.document;
const rows = (body: string) => buildOutline(doc(`<div id="a">${body}</div>`).getElementById('a')!).map((e) => [e.level, e.label, e.title]);

describe('capitalised paragraph labels', () => {
  it('a memo series of distinct labels is a series of heads', () => {
    const memo = '<p>PURPOSE: To let crews ride free.</p><p>JUSTIFICATION: Crews lose minutes.</p><p>EFFECTIVE DATE: At once.</p>';
    expect(rows(memo).map((r) => r[2])).toEqual(['PURPOSE', 'JUSTIFICATION', 'EFFECTIVE DATE']);
  });
  it("a transcript's speakers repeat their names: no heads", () => {
    const turns =
      '<p>SENATOR REYES: The landing at Bell Point has no light.</p><p>SENATOR HOLM: It was lit last year.</p><p>SENATOR REYES: Not since the storm.</p>';
    expect(rows(turns)).toEqual([]);
  });
});

describe('code section numbers', () => {
  it.each([
    ['NRS 36.010 Defendant asking relief.', 'NRS 36.010'],
    ['838.005 Definitions. As used in this chapter', '838.005'],
    ['1.310. 1. This section shall be known', '1.310.'],
    ['123-450-0010', '123-450-0010'],
    // a bill quotes the code section it adds or amends: title-chapter-section, the opening quote left out
    ['"Section 7-13-710.\u00a0 \u00a0 (A) When a person presents himself', 'Section 7-13-710.'],
    ['“Section 58-21-145\u00a0 \u00a0 .\u00a0 The board may renew', 'Section 58-21-145.'],
  ])('%s → %s', (text, label) => expect(matchLabel(text)).toMatchObject({ style: 'en-code', label }));
  it.each(['2.500 tonnes were shipped', '123-450-0010 is the number to call', '1.2 Scope', 'Section 7-13-25 of the 1976 Code is amended'])(
    'not %s',
    (text) => expect(matchLabel(text)?.style).not.toBe('en-code'),
  );
});

describe('a regulation’s section numbered by its part', () => {
  it.each([
    ['§ 39.13 [Amended]', '§ 39.13', 13],
    ['§71.1 Airspace designations.', '§71.1', 1],
  ])('%s → %s, whole', (text, label, value) => expect(matchLabel(text)).toMatchObject({ style: 'en-section', label, value }));
  it('leaves a bare § number as it was', () => expect(matchLabel('§ 12. Definitions')).toMatchObject({ style: 'en-section', value: 12 }));
});

describe('the legal title line', () => {
  it('is read from the head of the body', () => {
    const d = doc('<p>27.6.2031</p><p>REGULATION (EU) No 9/2031 OF THE COUNCIL</p><p>of 2 June 2031</p><p>on ferries</p>');
    expect(readLegalTitleLine(d)).toEqual({ kind: 'eu', text: 'REGULATION (EU) No 9/2031 OF THE COUNCIL of 2 June 2031 on ferries' });
  });
  it('is not a mention of an act once prose has begun', () => {
    const prose = 'Operators have asked us what the new rules mean for them. '.repeat(5);
    const d = doc(`<h1>What the ferry rules mean</h1><p>${prose}</p><p>Regulation (EU) No 9/2031 of 2 June 2031 on ferries</p>`);
    expect(readLegalTitleLine(d)).toBeNull();
  });
});

describe('cross-headings of a code chapter (issue 15: Part > cross-heading > section)', () => {
  const section = (n: string, caption: string) =>
    `<p><b>${n} ${caption}.</b> The board shall keep a record of every ${caption.toLowerCase()}.</p>`;
  it('a plain line of capitals before a section heads the sections below it', () => {
    const body = `<p>LICENSING OF PILOTS</p>${section('520.010', 'Licence required')}${section('520.020', 'Fees')}<p>DISCIPLINE</p>${section('520.110', 'Grounds for suspension')}`;
    expect(rows(body)).toEqual([
      [1, null, 'LICENSING OF PILOTS'],
      [2, '520.010', 'Licence required'],
      [2, '520.020', 'Fees'],
      [1, null, 'DISCIPLINE'],
      [2, '520.110', 'Grounds for suspension'],
    ]);
  });
  it('a centred title in parentheses, as NRS prints it, is one too', () => {
    const body = `<p align="center" style="text-align:center">(General Provisions)</p>${section('NRS 77.010', 'Short title')}${section('NRS 77.020', 'Definitions')}`;
    const root = doc(`<div id="a">${body}</div>`).getElementById('a')!;
    root.querySelector('p')!.setAttribute('data-cm-center', '');
    expect(buildOutline(root).map((e) => [e.level, e.label, e.title])).toEqual([
      [1, null, '(General Provisions)'],
      [2, 'NRS 77.010', 'Short title'],
      [2, 'NRS 77.020', 'Definitions'],
    ]);
  });
  it('a line of capitals that no section follows is not a heading', () => {
    const body = `${section('520.010', 'Licence required')}<p>NOTICE TO ALL PILOTS</p><p>The office is closed on public holidays and the board does not meet in August.</p>`;
    expect(rows(body).map((r) => r[1])).toEqual(['520.010']);
  });
});

describe("a status page's capitalised section labels", () => {
  const page = (labels: string[]) =>
    labels
      .map((l) => `<hr><p><b>${l}:</b></p><p>Referred to the Committee on Transportation on 5/12/2049 and reported on 6/2/2049.</p>`)
      .join('');
  it('three or more different labels are its sections', () => {
    expect(rows(page(['MAJOR ACTIONS', 'ALL ACTIONS', 'COMMITTEE(S)']))).toEqual([
      [1, null, 'MAJOR ACTIONS'],
      [1, null, 'ALL ACTIONS'],
      [1, null, 'COMMITTEE(S)'],
    ]);
  });
  it('one or two, or the same label again, are not', () => {
    expect(rows(page(['NOTE', 'WARNING']))).toEqual([]);
    expect(rows(page(['UPDATE', 'UPDATE', 'UPDATE']))).toEqual([]);
  });
});

describe("a bill's marked new section", () => {
  it('NEW SECTION. Sec. 2. is section 2, its marker no part of the label', () => {
    const bill =
      '<div><b>Sec. 1.</b> RCW 82.08.0206 and 2022 c 41 s 1 are each amended to read as follows:</div>' +
      '<div>(1) A credit is allowed against the taxes imposed in chapter 82.08 RCW.</div>' +
      '<div><u>NEW SECTION.</u> <b>Sec. 2.</b> This act takes effect January 1, 2024.</div>';
    expect(rows(bill)).toEqual([
      [1, 'Sec. 1.', ''],
      [1, 'Sec. 2.', ''],
    ]);
  });
});

describe("an instrument's cover", () => {
  const text = '<p>In this by-law, unless the context indicates otherwise, “trader” means a person who sells goods.</p>';
  it('the number set under the title is no heading', () => {
    for (const n of ['Local Authority Notice 1628 of 2008', 'Act No. 5 of 2003', '2025 No. 3'])
      expect(
        buildOutline(
          doc(
            `<div id="a"><h1>Street Trading</h1><h2>${n}</h2><h3>1. Definitions</h3>${text}<h3>2. Permits</h3>${text}</div>`,
          ).getElementById('a')!,
          {
            docTitle: 'Street Trading',
          },
        ).map((e) => [e.level, e.label, e.title]),
      ).toEqual([
        [1, '1.', 'Definitions'],
        [1, '2.', 'Permits'],
      ]);
  });
  it('the last line of a title set over several centred lines is no heading, over the lines that follow it', () => {
    const c = (t: string) => `<p data-cm-center="1">${t}</p>`;
    const cover = [c('Statement of Principles'), c('concerning'), c('<b>ANXIETY DISORDER</b>'), c('<b>No. 102 of 2014</b>')];
    const tail = [
      c('for the purposes of the'),
      c('<i>Veterans’ Entitlements Act 1986</i>'),
      c('and'),
      c('<i>Military Compensation Act 2004</i>'),
    ];
    const body = `${cover.join('')}${tail.join('')}<p><b>Title</b></p><p><b>1.</b> This Instrument may be cited as the Statement.</p><p><b>Determination</b></p><p><b>2.</b> The Authority determines this Statement.</p>`;
    const d = doc(`<div id="a">${body}</div>`);
    const got = buildOutline(d.getElementById('a')!, { docTitle: 'Statement of Principles concerning anxiety disorder No. 102 of 2014' });
    expect(got.map((e) => [e.level, e.label, e.title])).toEqual([
      [1, '1.', 'Title'],
      [1, '2.', 'Determination'],
    ]);
  });
});
