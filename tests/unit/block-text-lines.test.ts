import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { generateLaw } from '../../scripts/lib/gen-law';
import { blockText } from '../../utils/dom/blocks';
import { pageCases } from '../helpers/fixtures';

/** The first lines of a page read alone (the English legal title line looks at 80) are the whole text's first lines. */
const same = (body: Element, n: number) => {
  const whole = blockText(body).split('\n');
  expect(blockText(body, n)).toBe(whole.slice(0, n).join('\n'));
};

describe('blockText(root, maxLines): stops early, with the same first lines', () => {
  it.each(pageCases().map((c) => [c.name, c.html] as const))('%s', (name, html) => {
    const dom = parseHtml(html, `https://example.org/${name}/`);
    for (const n of [1, 3, 80]) same(dom.window.document.body, n);
    dom.window.close();
  });

  it('reads a big law only as far as it is asked', () => {
    const law = generateLaw();
    const dom = parseHtml(law.html, law.url);
    const body = dom.window.document.body;
    same(body, 80);
    expect(blockText(body, 80).length).toBeLessThan(blockText(body).length / 20);
    dom.window.close();
  });
});

describe('blockText of preformatted text', () => {
  it('keeps the printed lines of a <pre> (a bill as GPO prints it), not one line for the whole block', () => {
    const dom = parseHtml(
      '<html><body><pre>131st CONGRESS\n  1st Session\n          H. R. 2207\n\n   To require a report.\n</pre></body></html>',
    );
    expect(blockText(dom.window.document.body).split('\n')).toEqual([
      '131st CONGRESS',
      '1st Session',
      'H. R. 2207',
      'To require a report.',
    ]);
    dom.window.close();
  });

  it('leaves out what is hidden as written (a word processor’s bookmark before a title line)', () => {
    const dom = parseHtml(
      '<p><span style="display: none">[PCh6]</span><b>CHAPTER 6<br>THE EVIDENCE ACT</b></p><p hidden>Draft</p><p style="color: red">Kept</p>',
    );
    expect(blockText(dom.window.document.body).split('\n')).toEqual(['CHAPTER 6', 'THE EVIDENCE ACT', 'Kept']);
    dom.window.close();
  });
});
