/** Bold lines ending in ':' as a guidance page's heads, and where they are not heads. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { buildOutline } from '../../utils/outline';

const titles = (body: string) => {
  const root = parseHtml(`<html><body><div id="a">${body}</div></body></html>`).window.document.getElementById('a')!;
  return buildOutline(root).map((e) => e.title);
};
const SECTIONS =
  '<p><strong>Requirements:</strong></p><ul><li>Complete the application form;</li><li>Bring proof of identity.</li></ul>' +
  '<p><strong>Fees:</strong></p><ul><li>The permit costs $150.00;</li><li>Payment is by check or card.</li></ul>';

describe('colon heads', () => {
  it('reads two bold colon lines of their own as heads', () => {
    expect(titles(SECTIONS)).toEqual(['Requirements', 'Fees']);
  });
  it('leaves them as lead-ins on a page whose heading tags are its heads', () => {
    expect(titles(`<h2>Permits</h2><p>Every permit is issued by the engineer.</p>${SECTIONS}`)).toEqual(['Permits']);
  });
  it('leaves bold field labels among <br> lines (a rule record) alone', () => {
    const record =
      '<p><b>Statutory Authority:</b> ORS 359<br><b>History:</b><br>OBDD 2-2011, f. 1-3-11</p><p>The rule text follows here.</p>' +
      '<p><b>Statutory Authority:</b> ORS 360<br><b>History:</b><br>OBDD 3-2012, f. 2-4-12</p><p>The next rule text follows.</p>';
    expect(titles(record)).toEqual([]);
  });
});
