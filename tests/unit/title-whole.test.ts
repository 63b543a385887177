// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { printsWholeTitle } from '../../utils/extract/head/title-whole';

const page = (body: string) =>
  new DOMParser().parseFromString(`<html><head><title>x</title></head><body>${body}</body></html>`, 'text/html');

describe('printsWholeTitle', () => {
  it('finds a two-segment title printed alone on its line, whatever its spacing', () => {
    expect(printsWholeTitle(page('<p>intro</p><h1>书记市长这一周\u3000|  奋马扬鞭</h1>'), '书记市长这一周 | 奋马扬鞭', 2)).toBe(true);
    expect(printsWholeTitle(page('<h1>Board -\n Chair</h1>'), 'Board - Chair', 2)).toBe(true);
  });
  it('does not count a two-segment title inside a sentence, split over elements, or in a link', () => {
    expect(printsWholeTitle(page('<p>See Board - Chair for more.</p>'), 'Board - Chair', 2)).toBe(false);
    expect(printsWholeTitle(page('<p><b>Board</b> - Chair</p>'), 'Board - Chair', 2)).toBe(false);
    expect(printsWholeTitle(page('<p><a href="/x">Board - Chair</a></p>'), 'Board - Chair', 2)).toBe(false);
    expect(printsWholeTitle(page('<title>Board - Chair</title><p>other</p>'), 'Board - Chair', 2)).toBe(false);
  });
  it('finds a title of three or more segments anywhere in the visible text, across elements', () => {
    expect(printsWholeTitle(page('<p>1.</p><p><b>Board</b> - Chair - Powers</p>'), 'Board - Chair - Powers', 3)).toBe(true);
    expect(printsWholeTitle(page('<script>Board - Chair - Powers</script>'), 'Board - Chair - Powers', 3)).toBe(false);
  });
  it('is never asked of one segment', () => {
    expect(printsWholeTitle(page('<h1>Board</h1>'), 'Board', 1)).toBe(false);
  });
});
