import { describe, expect, it } from 'vitest';
import { opensOpinion } from '../../utils/outline/opinion-start';
import { matchLabel } from '../../utils/outline/labels';

describe("a court opinion's outline forms", () => {
  it('knows the line an opinion starts at, not a glossary term', () => {
    for (const s of [
      'Per Curiam:*',
      'PER CURIAM.',
      'JUSTICE HARLOW delivered the opinion of the Court.',
      'Before Moreno, Hale, and Ostrander, Circuit Judges.',
      'Lena M. Ortiz, P.J., Paul K. Brandt, J., and Teresa A. Fogg, J.',
    ])
      expect(opensOpinion(s), s).toBe(true);
    for (const s of ['Per curiam', 'Before the hearing, the judges met.', 'Judge']) expect(opensOpinion(s), s).toBe(false);
  });

  it('reads I. / A. outline numbering, bare or with a title, but no initial or Q./A.', () => {
    expect(matchLabel('I. Background')).toMatchObject({ style: 'roman-dot', label: 'I.', value: 1, rest: 'Background' });
    expect(matchLabel('IV. Conclusion')).toMatchObject({ style: 'roman-dot', value: 4 });
    expect(matchLabel('C. Breach of Contract')).toMatchObject({ style: 'alpha-dot', label: 'C.', value: 3 });
    expect(matchLabel('II')).toMatchObject({ style: 'roman-dot', label: 'II', rest: '' });
    expect(matchLabel('B')).toMatchObject({ style: 'alpha-dot', label: 'B', rest: '' });
    for (const s of ['J. K. Rowling wrote it', 'Q. What is a docket?', 'I am here', 'A lease is a contract'])
      expect(matchLabel(s), s).toBeNull();
  });
});
