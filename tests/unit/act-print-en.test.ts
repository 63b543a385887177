/** A Commonwealth Act as printed: its name, number and enacting body where no label gives them (act-print-en.ts). */
import { describe, expect, it } from 'vitest';
import { actKindLine, capTitleBlock, readPrintedAct, shortTitleName } from '../../utils/extract/head/act-print-en';

const gazette = ['No. 3/2021', 'ZEDLAND', 'ACT', 'To provide for lighthouse keepers; and to provide for incidental matters.'];

describe('a printed Act', () => {
  it('is an Act by its kind line over the long title', () => {
    expect(actKindLine(gazette)).toBe(2);
    // a bill prints its kind as BILL, and a line "ACT" in the text is no kind line
    expect(actKindLine(['BILL', 'To provide for lighthouse keepers.'])).toBe(-1);
    expect(actKindLine(['ACT', 'The Minister may appoint keepers.'])).toBe(-1);
  });
  it('names its number in the running header and its issuer in its enacting words', () => {
    expect(readPrintedAct([...gazette, 'ENACTED by the Parliament and the President of Zedland.'])).toEqual({
      docNumber: 'No. 3/2021',
      issuer: 'Parliament and President of Zedland',
    });
    // the enacting words with their drop capital set apart
    const split = [
      'ACT',
      'To regulate beekeeping.',
      'B',
      'E IT THEREFORE ENACTED by the Parliament of the Republic of Examplia, as follows:—',
    ];
    expect(readPrintedAct(split)).toEqual({ docNumber: '', issuer: 'Parliament of the Republic of Examplia' });
  });
  it('gives a bill no issuer: its enacting words are not yet law', () => {
    const bill = ['A BILL', 'To regulate beekeeping.', 'BE IT ENACTED by the Parliament of Examplia, as follows:'];
    expect(readPrintedAct(bill)).toEqual({ docNumber: '', issuer: '' });
  });
});

describe('the name of a printed Act', () => {
  it.each([
    ['This Act may be cited as the Lighthouse Keepers Act [Chapter 9:12].', 'Lighthouse Keepers Act'],
    [
      '122. This Act is called the Urban Beekeeping Act, 2011, and comes into operation on a date fixed by the President.',
      'Urban Beekeeping Act, 2011',
    ],
    ['This Act may be cited as the “Ferry Services Act”.', 'Ferry Services Act'],
  ])('%s → %s', (text, name) => expect(shortTitleName(`1 Short title\n${text}\n2 Interpretation`)).toBe(name));
  it('is none without a short-title section', () => expect(shortTitleName('This Act applies to every apiary.')).toBe(''));
  it('is read from a revised edition’s title block under its chapter', () => {
    expect(capTitleBlock(['CHAPTER 6', 'THE EVIDENCE ACT'], 0)).toEqual({ number: 'CHAPTER 6', name: 'THE EVIDENCE ACT' });
    expect(capTitleBlock(['CAP. 21', 'The Law of Contract Act'], 0)).toEqual({ number: 'CAP. 21', name: 'The Law of Contract Act' });
    // a code's chapter over its caption is a part of the code, not an Act
    expect(capTitleBlock(['CHAPTER 6', 'GENERAL PROVISIONS'], 0)).toBeNull();
  });
});
