/**
 * A code's page shows one unit of it (a title, a chapter) with where it sits in the code printed above it:
 * "DIVISION 3. OBLIGATIONS [1427 - 3273.91]" / "PART 4. …" / "TITLE 1.81.26. Security of Connected Devices […]",
 * then the unit's first section (1798.91.04., § 59.1-575.). The page's document is the innermost of those lines, the
 * one right above the first section; its section range and final period are no part of its name. `<title>` on such
 * pages names the site or the display ("Codes Display Text", "Code of Virginia").
 */
import { matchLabel } from '../../outline/labels';
import { cleanUnit } from '../../outline/code-units';

/** A unit of a code with its number and name: "Chapter 53. Consumer Data Protection Act." */
const UNIT = /^(?:TITLE|Title|CHAPTER|Chapter|DIVISION|Division|PART|Part|ARTICLE|Article)\s+\d+(?:\.\d+)*[A-Z]?(?:\.\s+|\s+[-—–:]\s+)\S/;
/** A unit's number on a line of its own, its name on the next. */
const UNIT_NUMBER = /^(?:TITLE|Title|CHAPTER|Chapter|DIVISION|Division|PART|Part|ARTICLE|Article)\s+\d+(?:\.\d+)*[A-Z]?\.?$/;
/** A name: capitalised words, no sentence. */
const UNIT_NAME = /^[A-Z][A-Za-z0-9 ,;'’&()/-]{2,120}$/;
/** Lines a code page prints between the unit and its first section: a history note "( Title 1.81.26 added by … )". */
const NOTE = /^\(.*\)$/;

/** The unit named right above the first section among the page's first lines, cleaned, or ''. */
export function codeUnitTitle(lines: string[]): string {
  for (const [i, line] of lines.entries()) {
    if (matchLabel(line)?.style !== 'en-code') continue;
    // the first section: the unit's number alone on its line with its name on the next ("Division 450" /
    // "OREGON ARTS PROGRAM GRANTS", a rules site's heading broken by a <br>), right above it or above a contents
    // list of its sections: the name is the page's document
    for (let j = i - 1; j >= 1 && j >= i - 8; j--) {
      const [name, number] = [lines[j]!, lines[j - 1]!];
      if (UNIT_NUMBER.test(number) && UNIT_NAME.test(name) && !matchLabel(name)) return name.trim();
    }
    // else look back over at most two notes for the unit it opens
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const prev = lines[j]!;
      if (UNIT.test(prev) && prev.length <= 160) return cleanUnit(prev);
      if (!NOTE.test(prev)) break;
    }
    return '';
  }
  return '';
}
