/**
 * Numbered paragraphs led by a bold caption, a reference in brackets after it (a Copyright Office summary's
 * "2. **Reverse engineering** (section 1201(f)). This exception permits …"), built from text items in code.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { pagesToDocument } from '../../utils/pdf';
import { itemsToLines } from '../../utils/pdf/lines';
import type { Item } from '../../utils/pdf/types';
import { buildOutline } from '../../utils/outline';
import { page } from '../helpers/pdf-items';

const SIZE = 12;
const w = (s: string) => s.length * SIZE * 0.5;
const at = (str: string, x: number, y: number, bold = false): Item => ({ str, x, y, w: w(str), size: SIZE, bold });
const FILL = 'the prohibition on the act of circumvention is subject to an exception that permits it for this purpose';

/** One numbered exception: its number and bold caption on the first line, then body lines hanging under the text. */
function exception(n: number, caption: string, section: string, y: number): Item[] {
  const first = [at(`${n}.`, 144, y), at(caption, 162, y, true)];
  const rest = `(section ${section}). This exception permits`;
  first.push(at(rest, 162 + w(caption) + 3, y));
  const more = [0, 1, 2].map((k) => at(FILL.slice(0, 54), 180, y + 14 * (k + 1)));
  return [...first, ...more];
}

describe('numbered paragraphs led by a bold caption', () => {
  const items = [
    at('Exceptions', 108, 80, true),
    at('The Act sets out a number of exceptions to the prohibition, as follows, each of them narrow in', 108, 100),
    at('its scope and each with conditions of its own that a user has to meet before relying on it.', 108, 114),
    ...exception(1, 'Nonprofit library exception', '1201(d)', 140),
    ...exception(2, 'Reverse engineering', '1201(f)', 210),
    ...exception(3, 'Encryption research', '1201(g)', 280),
    ...exception(4, 'Protection of minors', '1201(h)', 350),
  ];
  const lines = itemsToLines(items, 1);

  it('reads the bold words after the number as the line’s lead', () => {
    expect(lines.find((l) => l.text.startsWith('2.'))?.boldLead).toBe('Reverse engineering');
  });

  it('sets the lead in <strong>, and the outline has each exception, one tier', () => {
    const doc = pagesToDocument([page(1, lines)], new JSDOM('<!DOCTYPE html><html><body></body></html>').window.document, 'x');
    expect(doc.body.innerHTML).toContain('2. <strong>Reverse engineering</strong> (section 1201(f)).');
    const rows = buildOutline(doc.body).map((e) => [e.level, e.label, e.title]);
    const level = rows[rows.length - 1]![0];
    expect(rows.slice(-4)).toEqual([
      [level, '1.', 'Nonprofit library exception'],
      [level, '2.', 'Reverse engineering'],
      [level, '3.', 'Encryption research'],
      [level, '4.', 'Protection of minors'],
    ]);
  });
});
