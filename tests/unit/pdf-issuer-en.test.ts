/**
 * An English health-service or council paper printed to PDF names its issuer in its document-control table
 * (Ratified by: | …) or as the subject of its opening sentence (… has reviewed …), not in an AGENCY: line.
 */
import { describe, expect, it } from 'vitest';
import { pdfIssuer } from '../../utils/pdf/issuer';
import { openingBody, ratifyingBody } from '../../utils/pdf/issuer-en';

const guideline = (rows: string) =>
  [
    'Wound Dressing Formulary Guideline',
    'Contents',
    'Scope',
    'Dressings for leg ulcers are chosen by exudate.',
    'Document control',
    rows,
  ].join('\n');

describe('a guideline’s document-control table', () => {
  it('names the body that ratified it, its value in the next cell', () => {
    const text = guideline(
      'Authored by:\nNorthshire Integrated Care Board\nRatified by:\nNorthshire Area Prescribing Committee\nDate ratified:\nMarch 2024\nVersion number:\n3',
    );
    expect(ratifyingBody(text)).toBe('Northshire Area Prescribing Committee');
    expect(pdfIssuer('Wound Dressing Formulary Guideline', text)).toBe('Northshire Area Prescribing Committee');
  });

  it('reads the value on the label’s own line, and an approving body', () => {
    expect(ratifyingBody(guideline('Approving body: Westvale Medicines Optimisation Group\nReview date: 2026'))).toBe(
      'Westvale Medicines Optimisation Group',
    );
  });

  it('takes no person approving it', () => {
    expect(ratifyingBody(guideline('Approved by:\nDr Jane Morton\nDate approved:\nMarch 2024'))).toBe('');
  });
});

describe('a briefing’s opening sentence', () => {
  const brief = (opening: string) => ['Medicines Update', 'Inhaler Switching Update', opening, '• Patients on two inhalers'].join('\n');

  it('names the body as its subject, without its bracketed kind', () => {
    const text = brief(
      'NHS Northshire & Eastvale (Integrated Care Board), supported by the Area Prescribing Committee, has reviewed the inhaler formulary and agreed the following changes:',
    );
    expect(openingBody(text)).toBe('NHS Northshire & Eastvale');
    expect(pdfIssuer('Inhaler Switching Update', text)).toBe('NHS Northshire & Eastvale');
  });

  it('takes no subject that is not a body', () => {
    expect(openingBody(brief('Patients Using Two Inhalers have reviewed their technique with a nurse.'))).toBe('');
    expect(openingBody(brief('Respiratory nurses have reviewed the list.'))).toBe('');
  });
});
