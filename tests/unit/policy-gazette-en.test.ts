import { describe, expect, it } from 'vitest';
import { readGazetteLine } from '../../utils/extract/head/policy-gazette-en';

describe('readGazetteLine (a law header printing the gazette it was published in)', () => {
  it('reads the gazette date and the notice number printed above it', () => {
    const lines = [
      'Harbour Moorings',
      'Provincial Notice 412 of 2011',
      'Published in Eastern Cape Provincial Gazette 2590 on 3 October 2011',
      'Commenced on 1 January 2012',
    ];
    expect(readGazetteLine(lines)).toEqual({ publishDate: '2011-10-03', docNumber: 'Provincial Notice 412 of 2011' });
  });
  it('takes no number where the name stands right above the line, and no commencement date', () => {
    const lines = [
      'Street Trading By-law, 2009',
      'Published in Government Gazette 31870 on 6 February 2009',
      'Commenced in full on 6 February 2009',
    ];
    expect(readGazetteLine(lines)).toEqual({ publishDate: '2009-02-06', docNumber: '' });
  });
  it('reads nothing from a page that only mentions a gazette', () => {
    const lines = ['Notice', 'The regulations were published in the Government Gazette on 3 May 2010.'];
    expect(readGazetteLine(lines)).toEqual({ publishDate: '', docNumber: '' });
  });
});
