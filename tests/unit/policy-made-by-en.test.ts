import { describe, expect, it } from 'vitest';
import { readMadeBy } from '../../utils/extract/head/policy-made-by-en';

describe('an instrument a minister makes in the first person', () => {
  it('is issued by the office its making clause names (the first the signer holds) and dated by its Dated line', () => {
    const lines = [
      'Military Rehabilitation and Compensation (Warlike Service) Determination 2016 (No. 1)',
      'I, Michael McCormack, Assistant Minister for Defence and Parliamentary Secretary to the Minister for Defence, make the following determination.',
      'Dated 4 May 2016',
      'Michael McCormack',
    ];
    expect(readMadeBy(lines)).toEqual({ issuer: 'Assistant Minister for Defence', writtenDate: '2016-05-04' });
  });

  it('reads "Dated this 3rd day of March 2021" and an office joined by "and" within its name', () => {
    const lines = [
      'I, Jane Citizen, Minister for Agriculture and Water Resources, make the following rules.',
      'Dated this 3rd day of March 2021',
    ];
    expect(readMadeBy(lines)).toEqual({ issuer: 'Minister for Agriculture and Water Resources', writtenDate: '2021-03-03' });
  });

  it('is nothing without a first-person making clause', () => {
    expect(readMadeBy(['I, the undersigned, certify that this is a true copy.', 'Dated 4 May 2016'])).toEqual({
      issuer: '',
      writtenDate: '',
    });
  });
});
