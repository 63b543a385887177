import { describe, expect, it } from 'vitest';
import { readMakingBody } from '../../utils/extract/head/policy-instrument-en';
import { titleYearNumber } from '../../utils/extract/head/policy-number-en';

describe('readMakingBody (an instrument’s making clause names the body that made it)', () => {
  it('reads a body acting under a section, what it does on the lettered lines after the colon', () => {
    const lines = [
      'Determination',
      '2. The Fisheries Licensing Authority under subsection 12(3) of the Fisheries Act 1991:',
      '(a) revokes Instrument No. 4 of 2010; and',
      '(b) determines in its place this Determination.',
    ];
    expect(readMakingBody(lines)).toBe('Fisheries Licensing Authority');
  });
  it('reads a body that makes the instrument on one line', () => {
    expect(
      readMakingBody(['The Coastal Waters Commission makes the following rules under section 9 of the Coastal Waters Act 2003.']),
    ).toBe('Coastal Waters Commission');
  });
  it('reads nothing from a sentence about what a body may do', () => {
    expect(
      readMakingBody([
        'The Authority may revoke a licence under section 5.',
        'The Board under section 3 must consult the Minister:',
        'before it acts.',
      ]),
    ).toBe('');
  });
});

describe('titleYearNumber', () => {
  it('reads the number in the year a title ends with', () => {
    expect(titleYearNumber('Statement of Principles concerning hearing loss No. 17 of 2019')).toBe('No. 17 of 2019');
    expect(titleYearNumber('Hearing Loss Act 2019')).toBe('');
  });
});
