import { describe, expect, it } from 'vitest';
import { readEnactedLaw } from '../../utils/extract/head/policy-enacted-en';

const CLAUSE = 'BE IT ENACTED BY THE COUNCIL OF THE DISTRICT OF COLUMBIA, That this act may be cited as the "Example Act".';

describe('readEnactedLaw (issue 15: an enacted law’s number and enacting body)', () => {
  it('reads the number opening the title and the body the enacting clause names', () => {
    expect(readEnactedLaw('D.C. Law 21-2. Example Temporary Amendment Act of 2015.', () => ['AN ACT', CLAUSE])).toEqual({
      docNumber: 'D.C. Law 21-2',
      issuer: 'Council of the District of Columbia',
    });
    expect(readEnactedLaw('Public Law 117-58 Infrastructure Investment and Jobs Act', () => []).docNumber).toBe('Public Law 117-58');
  });
  it('gives a bill no issuer: it has no number of an enacted law', () => {
    expect(readEnactedLaw('Example Amendment Act of 2015', () => [CLAUSE])).toEqual({ docNumber: '', issuer: '' });
    expect(readEnactedLaw('Act 2019 on harbours', () => [CLAUSE])).toEqual({ docNumber: '', issuer: '' });
  });
  it('does not walk the body for a title with no such number', () => {
    const lines = () => {
      throw new Error('the body was read');
    };
    expect(readEnactedLaw('Harbours Act 2019', lines)).toEqual({ docNumber: '', issuer: '' });
  });
});
