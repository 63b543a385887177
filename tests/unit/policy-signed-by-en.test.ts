import { describe, expect, it } from 'vitest';
import { readSignedByAuthority } from '../../utils/extract/head/policy-signed-by-en';

describe('readSignedByAuthority', () => {
  it('reads the office a statutory instrument is signed by authority of, and the date it was made', () => {
    const lines = [
      'These Regulations come into force on 27th January 2025.',
      'Signed by authority of the Secretary of State for Work and Pensions',
      'Stephen Timms',
      'Minister of State',
      'Department for Work and Pensions',
      '3rd January 2025',
      'Explanatory Note',
    ];
    expect(readSignedByAuthority(lines)).toEqual({ issuer: 'Secretary of State for Work and Pensions', writtenDate: '2025-01-03' });
  });
  it('reads nothing from a page without that formula', () => {
    expect(readSignedByAuthority(['Signed copies are kept by the clerk.', '3 January 2025'])).toEqual({ issuer: '', writtenDate: '' });
  });
});
