/** A boxed aside's bold caption (`Note: Waiving Publication`) between a guide's steps is no heading of its own. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { buildOutline } from '../../utils/outline';

const outline = (body: string) => {
  const root = parseHtml(`<html><body><div id="a">${body}</div></body></html>`).window.document.getElementById('a')!;
  return buildOutline(root).map((e) => [e.level, e.label, e.title]);
};

const P = '<p>File the petition with the clerk of the court in the county where you live, and keep a copy for yourself.</p>';

describe('aside captions', () => {
  it('leaves a bold Note: caption out, and the steps after it under their section', () => {
    expect(
      outline(
        `<p><b>1. Basic Information</b></p>${P}<p><b>2. Step-by-Step Guide</b></p>` +
          `<p><b>Step 1 – Fingerprints</b></p>${P}<p><b>Step 2 – Start the Case</b></p>${P}` +
          `<p><b>Note: Waiving Publication</b></p>${P}<p><b>Step 3 – Hearing</b></p>${P}<p><b>3. Fees</b></p>${P}`,
      ),
    ).toEqual([
      [1, '1.', 'Basic Information'],
      [1, '2.', 'Step-by-Step Guide'],
      [2, 'Step 1', 'Fingerprints'],
      [2, 'Step 2', 'Start the Case'],
      [2, 'Step 3', 'Hearing'],
      [1, '3.', 'Fees'],
    ]);
  });
});
