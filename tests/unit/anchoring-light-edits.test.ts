/**
 * Rules found on the anchoring benchmark's English Act at light edit rates (scripts/lib/bench-anchoring.ts, 0.5 %):
 * each test fails with the rules before it.
 */
import { describe, expect, it } from 'vitest';
import { anchorAll, anchorInText, describeTextRange } from '../../utils/anchoring';
import { at, filler, spanOf } from '../helpers/anchoring';

/** About 1,000 characters of notes inserted at the top: a shift as large as the distance between copies. */
const NOTES = Array.from(
  { length: 12 },
  (_, i) => `Note ${i + 1}: commencement provisions were amended by the order made in month ${i + 1}.`,
).join('\n');
const BLOCK = [
  '(2) Each report must be laid before Parliament.',
  '(3) Regulations under this section may make different provision for different purposes.',
  '(4) Each report must be laid before Parliament.',
];
const UNIQUE = [
  'A licence holder must keep records of every inspection for six years.',
  'The regulator may charge reasonable fees for the issue of certificates.',
  'Guidance under this Part must be reviewed at least once every three years.',
  'An enforcement officer may enter premises at any reasonable hour.',
];

describe('anchorAll: where the neighbours say', () => {
  it('takes the local shift from the nearest confident neighbour on each side, though farther ones disagree', () => {
    const text = [
      ...filler(4),
      UNIQUE[0],
      '1 Reports',
      ...BLOCK,
      UNIQUE[1],
      ...filler(6, 50),
      UNIQUE[2],
      ...filler(8, 60),
      '9 Reports',
      ...BLOCK,
      UNIQUE[3],
      ...filler(4, 100),
    ].join('\n');
    const formula = at(text, 'may make different provision', 0);
    const neighbours = UNIQUE.map((u) => at(text, u.slice(2, 40)));
    // Notes added at the top, and a new subsection between the second and the third neighbour.
    const added = '(5A) The Authority may publish a consolidated version of all reports made under this Part.';
    const edited = `${NOTES}\n${text.replace(filler(1, 53)[0]!, `${filler(1, 53)[0]}\n${added}`)}`;
    expect(anchorInText(edited, formula)).toBeNull();
    const all = anchorAll(edited, [...neighbours, formula]);
    expect(all.slice(0, 4).every((a) => a && a.score >= 0.99)).toBe(true);
    expect(all[4]!.start).toBe(edited.indexOf('may make different provision'));
  });

  it('tells identical copies a few hundred characters apart by the precise shift of the neighbours around one', () => {
    const text = [
      ...filler(4),
      UNIQUE[0],
      '1 Reports',
      ...BLOCK,
      UNIQUE[1],
      ...filler(3, 50),
      '2 Reports',
      ...BLOCK,
      UNIQUE[2],
      ...filler(4, 100),
    ].join('\n');
    const neighbours = UNIQUE.slice(0, 3).map((u) => at(text, u.slice(2, 40)));
    const first = at(text, 'may make different provision', 0);
    const second = at(text, 'may make different provision', 1);
    // Words added just before and after the first copy: the neighbours around it disagree by a few characters, so its
    // old offsets moved by their shift no longer hold it exactly.
    const edited = `${NOTES}\n${text.replace('1 Reports', '1 Annual Reports').replace('(4) Each report', '(4) Each annual report')}`;
    expect(anchorInText(edited, first)).toBeNull();
    expect(anchorInText(edited, second)).toBeNull();
    const all = anchorAll(edited, [...neighbours, first, second]);
    expect(all[3]!.start).toBe(edited.indexOf('may make different provision'));
    expect(all[4]!.start).toBe(edited.lastIndexOf('may make different provision'));
  });

  it('places such a copy when the neighbours disagree only because the paragraph of another one moved away', () => {
    const moved =
      'The Commissioner may appoint deputies to exercise any function under this Act, and may revoke an appointment by notice given to the deputy concerned.';
    const text = [
      ...filler(4),
      UNIQUE[0],
      '1 Reports',
      ...BLOCK,
      moved,
      UNIQUE[1],
      ...filler(3, 50),
      '2 Reports',
      ...BLOCK,
      UNIQUE[2],
      ...filler(40, 100),
    ].join('\n');
    const neighbours = [UNIQUE[0]!, moved.slice(40), UNIQUE[1]!, UNIQUE[2]!].map((u) => at(text, u.slice(2, 40)));
    const first = at(text, 'may make different provision', 0);
    // The Commissioner's paragraph moved ten paragraphs down: the neighbours of the first copy disagree by its length.
    const f = filler(1, 109)[0]!;
    const edited = `${NOTES}\n${text.replace(`${moved}\n`, '').replace(f, `${f}\n${moved}`)}`;
    expect(anchorInText(edited, first)).toBeNull();
    const all = anchorAll(edited, [...neighbours, first]);
    expect(all[4]!.start).toBe(edited.indexOf('may make different provision'));
  });

  it('still leaves such a copy unplaced when the neighbours disagree (text deleted between them)', () => {
    const gone = 'The Commissioner may appoint deputies to exercise any function under this Act, subject to section 4.';
    const text = [
      ...filler(4),
      UNIQUE[0],
      '1 Reports',
      ...BLOCK,
      gone,
      UNIQUE[1],
      ...filler(3, 50),
      '2 Reports',
      ...BLOCK,
      UNIQUE[2],
      ...filler(4, 100),
    ].join('\n');
    const neighbours = UNIQUE.slice(0, 3).map((u) => at(text, u.slice(2, 40)));
    const first = at(text, 'may make different provision', 0);
    // Whether the deleted paragraph stood before or after the copy is not known: its place is not either.
    const edited = `${NOTES}\n${text.replace(`${gone}\n`, '')}`;
    expect(anchorAll(edited, [...neighbours, first])[3]).toBeNull();
  });
});

describe('anchorInText at light edit rates', () => {
  it('takes a paragraph moved far, exact in quote and context, over a lookalike formula at its old place', () => {
    const mine =
      '(2) Regulations under section 5 may make different provision for different purposes or areas, including in relation to charitable trusts. An enforcement officer may issue a code of practice about registration.';
    const like =
      '(3) Regulations under section 5 may make different provision for different purposes or areas, including in relation to data protection.';
    const text = ['5 Regulations', '(1) The Authority must keep a register of licences.', mine, like, ...filler(40)].join('\n');
    const s = at(text, 'purposes or areas, including in relation to charitable trusts. An enforcement officer');
    const edited = [text.replace(`${mine}\n`, ''), mine].join('\n');
    expect(spanOf(edited, anchorInText(edited, s))).toBe(
      'purposes or areas, including in relation to charitable trusts. An enforcement officer',
    );
    expect(anchorInText(edited, s)!.start).toBe(edited.lastIndexOf('purposes or areas, including in relation to charitable'));
  });

  it('returns null, not a lookalike fitting the context better, while the quote itself stands near its old place', () => {
    const mine = '(3) A designated body may by regulations make provision about the keeping of records under section 12.';
    const like = '(3) A designated body may by regulations make provision about the keeping of records under section 40.';
    const text = [
      '12 Records',
      '(1) A licence holder must keep a record of each licence.',
      mine,
      ...filler(8),
      '40 Records',
      '(2) The regulator must keep records.',
      like,
      ...filler(5, 50),
    ].join('\n');
    const s = at(text, 'regulations make provision abo');
    // Words around its own copy were garbled (both contexts); the lookalike below has the stored context but a letter.
    const edited = text.replace(
      'A designated body may by regulations make provision about the keeping of records under section 12',
      'A designatedwlody may by regulations make provision about the keeping .fgighcekrof records under section 12',
    );
    expect(anchorInText(edited, s)).toBeNull();
  });

  it('starts an edited quote where its stored prefix ends, not after the words inserted at its start', () => {
    const line =
      '(1) Regulations under section 35 may make different provision for different cases, including in relation to energy efficiency.';
    const text = ['87 Penalties', line, ...filler(5)].join('\n');
    const s = at(text, 'under section 35 may make different provision for different cases');
    const edited = text.replace('under section', 'undeym lxfe uqrr section');
    expect(spanOf(edited, anchorInText(edited, s))).toBe('undeym lxfe uqrr section 35 may make different provision for different cases');
  });

  it("does not stretch a lookalike's end to where the stored context follows (context alone is no end)", () => {
    const mine =
      '(3) A person who fails to comply commits an offence and is liable on summary conviction to a fine not exceeding level 4 on the standard scale. In this Part "charitable trusts" has the meaning given by section 9.';
    const like =
      'A person who obstructs an officer is liable on summary conviction to a fine not exceeding level 4 on the standard scale.\n(2) In this Part "environmental permits" has the meaning given by section 7.';
    const text = ['5 Offences', mine, ...filler(3), '6 Obstruction', like, ...filler(20, 50)].join('\n');
    const s = at(text, 'summary conviction to a fine not exceeding level 4 on the standard scale. In this Part "charitable trus');
    // The offence was repealed: the obstruction offence shares the formula, and `ts" has the meaning` after "permi".
    expect(anchorInText(text.replace(`${mine}\n`, ''), s)).toBeNull();
  });

  it('keeps the paragraphs of a highlight that moved together when the one before them moved away', () => {
    const text = [
      ...filler(6),
      'In this Part "port security" has the meaning given by section 49(5).',
      '139 Offences',
      '(1) A relevant person must keep the arrangements under review.',
      ...filler(30, 40),
    ].join('\n');
    const from = text.indexOf('49(5).');
    const to = text.indexOf('(1) A relevant') + '(1) A relevant'.length;
    const s = describeTextRange(text, from, to);
    const movedPara = 'In this Part "port security" has the meaning given by section 49(5).';
    const edited = `${text.replace(`${movedPara}\n`, '')}\n${movedPara}`;
    expect(spanOf(edited, anchorInText(edited, s))).toBe('139 Offences\n(1) A relevant');
  });
});
