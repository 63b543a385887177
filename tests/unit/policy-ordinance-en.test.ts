import { describe, expect, it } from 'vitest';
import { readOrdinance } from '../../utils/extract/head/policy-ordinance-en';
import { readEnactedLaw } from '../../utils/extract/head/policy-enacted-en';

const ADOPTED =
  'PASSED AND ADOPTED by the Town Council of the Town of Westbrook at a regular meeting held this 12th day of March 2024 by the following vote:';

describe('readOrdinance (a local ordinance’s ordaining clause and adoption line)', () => {
  it('reads the council the ordaining clause names and the day of the adoption line', () => {
    const lines = [
      'WHEREAS, the Town Council finds that parking is scarce; and',
      'NOW, THEREFORE, THE TOWN COUNCIL OF THE TOWN OF WESTBROOK FINDS AND ORDAINS AS FOLLOWS:',
      'Section 1.',
      'Parking is limited to two hours.',
      ADOPTED,
      'AYES',
      'Council Members Ames and Bell',
    ];
    expect(readOrdinance(lines)).toEqual({ issuer: 'Town Council of the Town of Westbrook', writtenDate: '2024-03-12' });
  });
  it('reads a county board’s clause and an adoption date written as a month and day', () => {
    const lines = [
      'BE IT ORDAINED BY THE BOARD OF SUPERVISORS OF THE COUNTY OF ALDER:',
      'Section 1. Fees.',
      'PASSED, APPROVED AND ADOPTED on June 2, 2022.',
    ];
    expect(readOrdinance(lines)).toEqual({ issuer: 'Board of Supervisors of the County of Alder', writtenDate: '2022-06-02' });
  });
  it('names no issuer for a proposed ordinance, with no adoption line', () => {
    expect(readOrdinance(['The City Council of the City of Example does ordain as follows:', 'Section 1. Fees.'])).toEqual({
      issuer: '',
      writtenDate: '',
    });
  });
  it('reads the ordinance number opening its title', () => {
    expect(readEnactedLaw('Ord. No. 2024-3. An Ordinance Limiting Parking.', () => []).docNumber).toBe('Ord. No. 2024-3');
  });
});
