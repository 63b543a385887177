/**
 * Shapes of failure found by the anchoring benchmark on English statute text (scripts/lib/bench-anchoring.ts), where
 * formulae repeat far more than Chinese bigrams: each test fails with the rules before it was fixed.
 */
import { describe, expect, it } from 'vitest';
import { anchorAll, anchorInText } from '../../utils/anchoring';
import { at, filler, spanOf } from '../helpers/anchoring';
import { editRuns } from '../../utils/anchoring/edit-runs';

const FORMULA = 'Regulations under this section may make different provision for different purposes.';
const BLOCK = ['(2) Each report must be laid before Parliament.', `(3) ${FORMULA}`, '(4) Each report must be laid before Parliament.'];

describe('anchoring formulaic English text', () => {
  it('tells identical copies apart by position when it is decisive (a small shift, the other copy far away)', () => {
    const text = ['1 Reports', ...BLOCK, ...filler(50), '9 Reports', ...BLOCK, ...filler(10, 100)].join('\n');
    const second = at(text, 'may make different provision', 1);
    const first = at(text, 'may make different provision', 0);
    const edited = `Preamble added by amendment.\n${text}`;
    expect(anchorInText(edited, second)!.start).toBe(edited.lastIndexOf('may make different provision'));
    expect(anchorInText(edited, first)!.start).toBe(edited.indexOf('may make different provision'));
  });

  it('does not take the stored offsets when the quote there now has other context (a copy moved into its place)', () => {
    const q = 'commits an offence and is liable on summary conviction';
    const mine = `(1) A person who fails without reasonable excuse to comply with a notice ${q} to a fine.`;
    const head = mine.slice(0, mine.indexOf(q));
    const other = `${'(1) A person who obstructs an officer exercising a power of entry on any land or premises'.slice(0, head.length - 1)} ${q} to a fine.`;
    expect(other.indexOf(q)).toBe(mine.indexOf(q));
    const text = ['12 Offences', mine, ...filler(5)].join('\n');
    const s = at(text, q);
    // The paragraph moved to the end; another offence paragraph took its place, its quote at the very same offsets.
    const [f0, ...rest] = filler(5);
    const edited = ['12 Offences', other, ...rest, mine, f0].join('\n');
    expect(edited.indexOf(q)).toBe(s.start);
    expect(anchorInText(edited, s)!.start).toBe(edited.lastIndexOf(q));
  });

  it('does not take a lookalike that differs from the quote in several separate places for the quote edited', () => {
    const mine =
      '(5) Regulations under section 14(6) may make different provision for different purposes, including in relation to water quality.';
    const like =
      '(2) Regulations under subsection (2) may make different provision of different purposes, including in relation to water quality.';
    const text = [
      'In this Part "water quality" has the meaning given by section 4(1), read with section 56.',
      mine,
      ...filler(3),
      'In this Part "water quality" has the meaning given by section 4(1), read with section 51.',
      like,
      ...filler(3, 10),
    ].join('\n');
    const s = at(text, 'section 56.\n(5) Regulations under section 14(6) may make different provision for diff');
    const edited = text.replace(`${mine}\n`, '');
    expect(anchorInText(edited, s)).toBeNull();
    expect(
      editRuns(
        'section56.(5)regulationsundersection14(6)maymakedifferentprovisionfor',
        'section51.(2)regulationsundersubsection(2)maymakedifferentprovisionof',
      ),
    ).toBeGreaterThan(3);
  });

  it('returns null rather than an identical copy when its own passage, edited next to the quote, is nearer', () => {
    const line = '(1) The Secretary of State must consult such persons as it considers appropriate before acting under section 3.';
    const text = ['4 Consultation', line, ...filler(6), '5 Consultation', line, ...filler(6, 20)].join('\n');
    const s = at(text, 'consult such persons as it considers', 0);
    // Its own paragraph lost words right after the quote (the suffix no longer agrees); the copy below is intact.
    const notes = 'Notes. This version incorporates the amendments made by the Consultation (Amendment) Regulations.';
    const edited = `${notes}\n${text.replace('it considers appropriate before', 'it considers before')}`;
    expect(anchorInText(edited, s)).toBeNull();
  });

  it('anchorAll places an identical copy from the shift of its confidently placed neighbours', () => {
    const unique = [
      'A licence holder must keep records of every inspection for six years.',
      'The regulator may charge reasonable fees for the issue of certificates.',
      'Guidance under this Part must be reviewed at least once every three years.',
      'An enforcement officer may enter premises at any reasonable hour.',
    ];
    const text = [
      ...filler(4),
      unique[0],
      '1 Reports',
      ...BLOCK,
      unique[1],
      ...filler(12, 50),
      unique[2],
      '9 Reports',
      ...BLOCK,
      unique[3],
      ...filler(4, 100),
    ].join('\n');
    const formula = at(text, 'may make different provision', 0);
    const neighbours = unique.map((u) => at(text, u.slice(2, 40)));
    // A long passage inserted at the top: the shift (900+) is as large as the distance between the two copies.
    const notes = Array.from(
      { length: 12 },
      (_, i) => `Note ${i + 1}: commencement provisions were amended by the order made in month ${i + 1}.`,
    );
    const edited = `${notes.join('\n')}\n${text}`;
    expect(anchorInText(edited, formula)).toBeNull();
    const all = anchorAll(edited, [...neighbours, formula]);
    expect(all.slice(0, 4).every((a) => a && a.score >= 0.99)).toBe(true);
    expect(all[4]!.start).toBe(edited.indexOf('may make different provision'));
    expect(spanOf(edited, all[4]!)).toBe('may make different provision');
  });
});

describe('editRuns', () => {
  it('counts the separate places where two strings differ', () => {
    expect(editRuns('abc', 'abc')).toBe(0);
    expect(editRuns('readwithsection56.(5)regulationsundersection14', 'readwithsection51.(5)regulationsundersection24')).toBe(2);
    expect(editRuns('mustpublishguidance', 'mustpromptlypublishguidance')).toBe(1);
  });
});
