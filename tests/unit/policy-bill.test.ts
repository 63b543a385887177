/** A bill's header lines (issue 15): its number, sponsors in printed order and the day it was introduced. */
import { describe, expect, it } from 'vitest';
import { readBillFields } from '../../utils/extract/head/policy-bill';

const fields = (text: string) =>
  readBillFields(
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );

describe('readBillFields', () => {
  it("a status block's Sponsors field, before the text's own Introduced by line", () => {
    const r = fields(
      `S. 77\nGeneral Bill\nSponsors: Senators Amato, Berg, Quist and Dahl\nIntroduced in the Senate on March 3, 2031\nIntroduced by Senators Amato, Berg, Dahl and Quist\nA BILL`,
    );
    expect(r).toEqual({ docNumber: 'S. 77', sponsor: 'Amato, Berg, Quist and Dahl', publishDate: '2031-03-03' });
  });
  it('a history page: chief sponsors of both chambers before the first ";", each chamber named', () => {
    const r = fields(
      `House Bill 4410\nHB 4410\nBy Representatives OYELARAN, K WEBB, Senator HOLLIS; Representatives PARK, Senators ABE, CRANE (Presession filed.) -- Relating to ferries.`,
    );
    expect(r.sponsor).toBe('Representatives OYELARAN, K WEBB, Senator HOLLIS');
  });
  it("GPO's print: the lead sponsor, the day under the chamber line, a resolution's number", () => {
    const r = fields(
      `131st CONGRESS\n1st Session\nS. RES. 88\nIN THE SENATE OF THE UNITED STATES\nApril 2, 2049\nMrs. Adeyemi (for herself, Mr. Castell, and Ms. Rourke) submitted the\nfollowing resolution; which was referred to the Committee on Commerce\nRESOLUTION\nResolved, That the Senate designates the week of June 3, 2049.`,
    );
    expect(r).toEqual({ docNumber: 'S. RES. 88', sponsor: 'Mrs. Adeyemi', publishDate: '2049-04-02' });
  });
  it("a state's status page: an amended print's number, the bill text (its chamber and day) below long tables", () => {
    const votes = Array.from({ length: 70 }, (_, i) => `Yes\nMember${i}`).join('\n');
    const r = fields(
      `Home\nLaws\nS4410-B Okafor Same as A 902-A\nTITLE....Relates to ferry fares\n02/03/31\nreferred to transportation\n${votes}\nSTATE OF NEW YORK\n4410--B\nIN SENATE\nFebruary 3, 2031\n___________\nAN ACT to amend the transportation law, in relation to ferry fares`,
    );
    expect(r.docNumber).toBe('S4410-B');
    expect(r.publishDate).toBe('2031-02-03');
  });
  it('a state bill printing its first reading, with "By" set apart by a margin and no space', () => {
    const r = fields(
      `H-0420.2\nHOUSE BILL 2207\nState of Example 71st Legislature 2031 Regular Session\nByRepresentatives Okoro, Lindqvist, and Haas\nPrefiled 12/02/30.Read first time 01/13/31.Referred to Committee on Transportation.\nAN ACT Relating to ferry fares.`,
    );
    expect(r).toEqual({ docNumber: 'HOUSE BILL 2207', sponsor: 'Okoro, Lindqvist, and Haas', publishDate: '2031-01-13' });
  });
});
