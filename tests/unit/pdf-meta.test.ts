import { describe, expect, it } from 'vitest';
import { enDate, pdfMeta, runningHeadDate } from '../../utils/pdf/meta';
import { line, page } from '../helpers/pdf-items';
import { footerStamp } from '../../utils/pdf/footer-stamp';

const RULE = [
  'Proposed Rules',
  'DEPARTMENT OF TRANSPORTATION',
  '[Docket No. FAA–2020–0686; Product Identifier 2019–NM–035–AD]',
  'RIN 2120–AA64',
  'AGENCY: Federal Aviation Administration (FAA), DOT.',
  'DATES: The FAA must receive comments on this proposed AD by September 21, 2020.',
  'Issued on August 3, 2020.',
  'Lance T. Gant,',
  '[Docket No. FAA–2020–0746; Product Identifier 2019–CE–012–AD]',
].join('\n');

/** Pages whose running head carries the issue date, the first page's head another line. */
const journal = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    page(i + 1, [
      line(i ? `Federal Register / Vol. 85, No. 152 / Thursday, August 6, 2020 / Proposed Rules ${47699 + i}` : '47698', 45, 42, i + 1, 10),
      line('Comments must be received by September 21, 2020.', 45, 200, i + 1, 9),
    ]),
  );

describe('an English PDF’s own policy fields', () => {
  it('reads a rule’s docket number, the date it was issued on and the issue date of its running heads', () => {
    expect(pdfMeta('Airworthiness Directives; The Boeing Company Airplanes', RULE, journal(4))).toEqual({
      issuer: '',
      docNumber: 'FAA–2020–0686',
      writtenDate: '2020-08-03',
      publishDate: '2020-08-06',
    });
  });

  it('takes no date from a head that does not repeat, nor from a body date', () => {
    expect(runningHeadDate(journal(1))).toBe('');
    const once = [
      page(1, [line('Thursday, August 6, 2020', 45, 42, 1, 10)]),
      page(2, [line('Body, May 1, 2020', 45, 300, 2, 9)]),
      page(3, []),
    ];
    expect(runningHeadDate(once)).toBe('');
    expect(enDate('no date here')).toBe('');
  });

  it('names an agenda’s body under its organ, and dates it by its meeting', () => {
    const text = [
      'CUPERTINO UNION SCHOOL DISTRICT',
      'Cupertino Union School District',
      'April 6, 2016',
      '1309 S. Mary Avenue',
      'Welcome to the meeting of the Board of Education.',
    ].join('\n');
    const meta = pdfMeta('Board of Education Special Meeting AGENDA', text, [page(1, [])]);
    expect(meta.issuer).toBe('Cupertino Union School District Board of Education');
    expect(meta.publishDate).toBe('2016-04-06');
    // a report that is no agenda takes neither
    expect(pdfMeta('Annual Report of the Board of Education', text, [page(1, [])])).toMatchObject({ issuer: '', publishDate: '' });
    // an organ printed only in caps is title-cased
    expect(pdfMeta('City Council Regular Meeting Agenda', 'SPRINGFIELD COUNTY\nMay 2, 2019', []).issuer).toBe(
      'Springfield County City Council',
    );
  });
});

describe('a treaty booklet', () => {
  const NOTE = [
    'This edition reproduces the text of the Lisbon Convention on River Fisheries adopted by the',
    'Intergovernmental Conference of Riparian States on the Protection of Migratory Fish on 3 May 1994. Its',
    'index is no part of the Convention.',
    'Article 1',
    'The Parties shall cooperate in the conservation of migratory fish.',
    'Done at Lisbon, this 3rd day of May 1994.',
  ].join('\n');

  it('takes the adopting body the note names beside the treaty, and the day of its closing formula', () => {
    const m = pdfMeta('Lisbon Convention on River Fisheries', NOTE, []);
    expect(m.issuer).toBe('Intergovernmental Conference of Riparian States on the Protection of Migratory Fish');
    expect(m.writtenDate).toBe('1994-05-03');
  });

  it('takes no body from a sentence about some other instrument, and reads "Done at Geneva on 2 May 1992"', () => {
    const m = pdfMeta(
      'Statute of the Regional Fisheries Tribunal',
      'The Charter adopted by the General Assembly on 1 June 1990 applies.\nDone at Geneva on 2 May 1992.',
      [],
    );
    expect(m.issuer).toBe('');
    expect(m.writtenDate).toBe('1992-05-02');
  });
});

describe('a publication’s cover and back page, and a register’s stamp', () => {
  const booklet = [
    'Classification: Official',
    'Publication reference: PR2086',
    'Commissioning policy: individual funding requests',
    'Version 3, 8 February 2023',
    'Contents',
    '… the policy’s text …',
    'This publication can be made available in a number of alternative formats on request.',
    '28 | individual funding requests© NHS England 2023 | PR2086',
  ].join('\n');

  it('takes the reference as its number, the version line’s date as written, the copyright holder as issuer', () => {
    expect(pdfMeta('Commissioning policy: individual funding requests', booklet, [])).toEqual({
      issuer: 'NHS England',
      docNumber: 'PR2086',
      writtenDate: '2023-02-08',
      publishDate: '',
    });
  });

  it('leaves the Crown’s copyright and a version line without a date alone', () => {
    const crown = booklet.replace('© NHS England 2023', '© Crown copyright 2023').replace('Version 3, 8 February 2023', 'Version 3');
    expect(pdfMeta('Commissioning policy', crown, [])).toMatchObject({ issuer: '', writtenDate: '' });
  });

  it('reads the Federal Register of Legislation’s stamp: the register ID and the day it was registered', () => {
    const stamped = [page(1, [line('Authorised Version F2016L00994 registered 06/06/2016', 120, 800, 1, 8)])];
    expect(pdfMeta('Military Rehabilitation and Compensation (Warlike Service) Determination 2016 (No. 1)', 'text', stamped)).toMatchObject(
      {
        docNumber: 'F2016L00994',
        publishDate: '2016-06-06',
      },
    );
  });
});

describe('an agency report in a numbered series', () => {
  const cover = ['Research into Something Useful', 'Some Agency and Office Research Report 361', 'July 2015', 'Disclaimer'];
  it('takes the agency and the series number from the cover’s series line', () => {
    expect(pdfMeta('Research into Something Useful', cover.join('\n'), [])).toMatchObject({
      issuer: 'Some Agency and Office',
      docNumber: 'Research Report 361',
    });
  });
  it('takes the agency from the imprint when the cover prints no series line, and no number', () => {
    const text = [cover[0], 'July 2015', 'Published by Some Agency and Office, July 2015 www.example.gov'].join('\n');
    expect(pdfMeta('Research into Something Useful', text, [])).toMatchObject({ issuer: 'Some Agency and Office', docNumber: '' });
    expect(pdfMeta('A study', 'A study\nThe findings of our Research Report 361 are', [])).toMatchObject({ issuer: '', docNumber: '' });
  });
});

describe('a form guide’s footer stamp', () => {
  const pages = (foot: (n: number) => string) =>
    [1, 2, 3].map((n) => page(n, [line('Some body text on the page', 80, 300, n, 12), line(foot(n), 72, 800, n, 8)]));
  it('reads the form number before the title and the revision date on every page’s footer', () => {
    const stamped = pages((n) => `XYZ 123 – Guide to Changing a Name R: June 24, 2022 Page ${n} of 3`);
    expect(footerStamp(stamped, 'Guide to Changing a Name')).toEqual({ docNumber: 'XYZ 123', writtenDate: '2022-06-24' });
    expect(pdfMeta('Guide to Changing a Name', 'Guide to Changing a Name\nSome body text', stamped)).toMatchObject({
      docNumber: 'XYZ 123',
      writtenDate: '2022-06-24',
    });
  });
  it('takes no number before some other title, nor a date on one page only', () => {
    const other = pages((n) => (n === 1 ? 'XYZ 123 – Another Form Entirely Revised: June 24, 2022' : `Page ${n} of 3`));
    expect(footerStamp(other, 'Guide to Changing a Name')).toEqual({ docNumber: '', writtenDate: '' });
  });
});
