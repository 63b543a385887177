/**
 * Lookalike formulae found on the anchoring benchmark's other seeds (CM_BENCH_SEEDS, scripts/lib/bench-anchoring.ts):
 * each test placed the highlight on another provision before the rule it names.
 */
import { describe, expect, it } from 'vitest';
import { anchorInText, describeTextRange } from '../../utils/anchoring';
import { at, filler } from '../helpers/anchoring';
import { numbersAgree } from '../../utils/anchoring/numbers';

const offence = (section: number) =>
  `(3) A person who fails without reasonable excuse to comply with a requirement imposed under section ${section} commits an offence.`;

describe('numbers tell provisions apart (numbers.ts)', () => {
  it('returns null, not the same formula under another section number, when its own passage was edited away', () => {
    const text = ['187 Offences', offence(187), ...filler(3), '105 Offences', offence(105), ...filler(20, 50)].join('\n');
    const s = at(text, 'quirement imposed un');
    // Its own passage lost most of the quote; the provision below now sits near its old place and reads the same but for
    // the section number in the stored suffix.
    const edited = text
      .replace(
        `${offence(187)}\n`,
        '(3) A person who fails without reasonable excuse to comply with a requmposed under section 187 commits an offence.\n',
      )
      .replace(filler(3).join('\n') + '\n', '');
    expect(anchorInText(edited, s)).toBeNull();
  });

  it('returns null for a quote whose own number changed (subsection (4) is not subsection (2))', () => {
    const text = [
      '44 Offences',
      '(1) A person who fails to keep records commits an offence.',
      offence(44).replace('(3)', '(4)'),
      ...filler(20),
    ].join('\n');
    const s = at(text, '(4) A person who fails without reasonable');
    expect(anchorInText(text.replace('(4) A person', '(2) A person'), s)).toBeNull();
  });

  it('still places a passage edited in letters, its numbers intact, and checks only context within its paragraph', () => {
    const text = ['187 Offences', offence(187), ...filler(20)].join('\n');
    const s = at(text, 'comply with a requirement imposed');
    const edited = text.replace('comply with a requirement', 'comply with any requirement').replace('187 Offences', '188 Offences');
    expect(anchorInText(edited, s)).not.toBeNull();
    const t = { quote: 'x', prefix: 'section 12 ', suffix: '', hint: 0, prefixPara: -1, suffixPara: -1 };
    // A number cut by the end of the stored context (…"2" of "12") is not checked; a whole one is.
    expect(numbersAgree('section 12 x', { ...t, prefix: '2 ' }, { start: 11, end: 12, errors: 0 })).toBe(true);
    expect(numbersAgree('section 13 x', t, { start: 11, end: 12, errors: 0 })).toBe(false);
  });
});

describe('context beyond a paragraph break (decide.ts)', () => {
  it("does not let it outweigh a rival that fits the highlight's own paragraph better", () => {
    const fine = 'A person guilty of an offence under this section is liable to a fine not exceeding level 1 on the standard scale.';
    const own = '(2) Here "energy efficiency" has the meaning given by section 3.';
    const text = [...filler(4), fine, own.replace('Here', 'Hera'), ...filler(1, 20), ...filler(2, 10), fine, own, ...filler(30, 20)].join(
      '\n',
    );
    const i = text.lastIndexOf('energy efficiency" has the meaning');
    const s = describeTextRange(text, i, i + 'energy efficiency" has the meaning'.length);
    // The paragraph before its own moved away and notes were added between: the copy above, with a letter changed in
    // the paragraph itself, now has the whole stored prefix and sits nearer the old place.
    const notes = Array.from(
      { length: 12 },
      (_, k) => `Note ${k + 1}: commencement provisions were amended by the order made in month ${k + 1}.`,
    );
    const lines = text.split('\n');
    const at = lines.lastIndexOf(fine);
    const edited = [...lines.slice(0, at - 2), ...notes, ...lines.slice(at - 2, at), ...lines.slice(at + 1), fine].join('\n');
    expect(anchorInText(edited, s)).toBeNull();
  });
});

describe('a far or partial placement needs its own passage gone (locate.ts)', () => {
  it('leaves a part of a split highlight unplaced when its paragraph is a formula held elsewhere with the same context', () => {
    const fee = 'A fee is payable for each inspection relating to food hygiene.';
    const own = '(1) A licence holder may give a notice requiring the production of documents.';
    const text = [
      ...filler(4),
      '88 Fees',
      fee,
      '89 Appeals',
      own,
      ...filler(10, 20),
      '114 Information and reports',
      own.replace('documents', 'records'),
      ...filler(10, 40),
      '120 Notices',
      own.replace('(1)', '(4)').replace('documents', 'returns'),
      ...filler(20, 60),
    ].join('\n');
    const from = text.indexOf('food hygiene.');
    const s = describeTextRange(text, from, text.indexOf('may give a') + 'may give a'.length);
    // The fee paragraph moved to the end; the highlight's own "(1) A licence holder…" was garbled beyond the fuzzy budget.
    const edited = [
      ...text
        .replace(`${fee}\n`, '')
        .replace(
          'holder may give a notice requiring the production of documents',
          'holder may wxhgqflpgive a notice requiring the production of documents',
        )
        .split('\n'),
      fee,
    ].join('\n');
    expect(anchorInText(edited, s)).toBeNull();
  });

  it('reads the context of a heavily edited quote near its old place a few letters inwards against a far winner', () => {
    const own =
      '(1) Regulations under this Part may make different provision for different purposes or areas, including in relation to social housing.';
    const like =
      '(3) Orders under this Part may make different provision for different purposes or areas, including in relation to social housing.';
    const text = [
      ...filler(4),
      '12 Regulations',
      own,
      '(2) In this Part "the regulator" means the Office of Rail and Road.',
      ...filler(40, 20),
      '80 Orders',
      like,
      '81 Information and reports',
      ...filler(10, 70),
    ].join('\n');
    const i = text.indexOf('ation to social housing.');
    const s = describeTextRange(text, i, i + 'ation to social housing.'.length);
    // Its own quote lost "tion to so" and the next paragraph went; a lookalike far below ends the same way.
    const edited = text.replace(
      'in relation to social housing.\n(2) In this Part "the regulator" means the Office of Rail and Road.',
      'in relacial housing.',
    );
    expect(anchorInText(edited, s)).toBeNull();
  });
});
