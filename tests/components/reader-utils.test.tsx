// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { anchorElement, articleFragment } from '../../utils/reader/article-fragment';
import { markCurrentRow } from '../../utils/reader/current-row';
import { stackTops } from '../../utils/reader/margin-layout';
import { safeHref } from '../../utils/reader/meta-fields';
import { lastAtOrAbove } from '../../utils/reader/scroll-spy';

describe('reader helpers', () => {
  it('finds the section being read: the last heading above the line', () => {
    const tops = [-900, -200, 40, 500, 1400];
    const reads: number[] = [];
    const top = (i: number) => (reads.push(i), tops[i]!);
    expect(lastAtOrAbove(tops.length, top, 100)).toBe(2);
    expect(reads.length).toBeLessThanOrEqual(3); // a binary search, not a scan
    expect(lastAtOrAbove(tops.length, top, -1000)).toBe(-1);
    expect(lastAtOrAbove(tops.length, top, 5000)).toBe(4);
    expect(lastAtOrAbove(0, top, 0)).toBe(-1);
  });

  it('stacks margin notes level with their highlight, pushing overlapping ones down', () => {
    expect(stackTops([0, 10, 300], [50, 40, 20], 8)).toEqual([0, 58, 300]);
    expect(stackTops([100, 100, 100], [10, 10, 10], 0)).toEqual([100, 110, 120]);
  });

  it('marks the current outline row, or its shown ancestor when collapsed', () => {
    const tree = document.createElement('ul');
    tree.innerHTML = '<li data-index="0"></li><li data-index="1"></li><li data-index="3"></li>';
    const parents = [-1, 0, 1, -1]; // entry 2 (under 1) is not rendered
    markCurrentRow(tree, parents, 2);
    expect(Array.from(tree.querySelectorAll('[aria-current]')).map((r) => r.getAttribute('data-index'))).toEqual(['1']);
    markCurrentRow(tree, parents, 3);
    expect(Array.from(tree.querySelectorAll('[aria-current]')).map((r) => r.getAttribute('data-index'))).toEqual(['3']);
    markCurrentRow(tree, parents, -1);
    expect(tree.querySelector('[aria-current]')).toBeNull();
  });

  it('links only http(s) and file URLs', () => {
    expect(safeHref('https://www.gov.cn/a?b=1')).toBe('https://www.gov.cn/a?b=1');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>1</script>')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
    expect(safeHref('file://attacker.example/share/x.html')).toBeUndefined();
    expect(safeHref('file:///home/me/act.html')).toBe('file:///home/me/act.html');
  });

  it('looks anchors up inside the article only', () => {
    document.body.innerHTML = '<nav><p id="cm-h-1">outside</p></nav><div id="art"></div>';
    const art = document.getElementById('art')!;
    art.appendChild(articleFragment(document, '<p id="cm-h-2">二、</p><p><a href="#cm-h-2">up</a></p>'));
    expect(anchorElement(art, 'cm-h-2')?.textContent).toBe('二、');
    expect(anchorElement(art, 'cm-h-1')).toBeNull();
    expect(art.querySelector('a')?.hasAttribute('target')).toBe(false); // an in-page link stays in the page
  });
});
