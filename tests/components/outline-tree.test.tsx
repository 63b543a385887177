// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutlineTree } from '../../components/OutlineTree';
import { setLocale } from '../../utils/i18n';
import type { OutlineEntry } from '../../utils/model';

afterEach(cleanup);

const e = (level: number, label: string | null, title: string, preview = ''): OutlineEntry => ({
  level,
  label,
  title,
  preview,
  anchor: '',
});
const NOTICE: OutlineEntry[] = [
  e(1, '一、', '总体要求'),
  e(2, '（一）', '指导思想'),
  e(2, '（二）', '基本原则'),
  e(1, '二、', '重点任务'),
  e(2, '（一）', '加快项目建设'),
  e(3, '1.', '', '各地要在6月底前完成项目审批…'),
  e(1, '三、', '保障措施'),
];

const items = () => screen.getAllByRole('treeitem');
const names = () => items().map((li) => li.textContent);
const focused = () => document.activeElement?.textContent;
const key = (k: string) => fireEvent.keyDown(document.activeElement!, { key: k });

describe('OutlineTree', () => {
  it('is an ARIA tree with levels, expanded parents and one tab stop', () => {
    render(<OutlineTree entries={NOTICE} onActivate={() => {}} />);
    expect(screen.getByRole('tree')).toBeTruthy();
    expect(names()).toEqual([
      '▾一、总体要求',
      '（一）指导思想',
      '（二）基本原则',
      '▾二、重点任务',
      '▾（一）加快项目建设',
      '1.各地要在6月底前完成项目审批…',
      '三、保障措施',
    ]);
    const [first, child] = items();
    expect(first!.getAttribute('aria-level')).toBe('1');
    expect(first!.getAttribute('aria-expanded')).toBe('true');
    expect(first!.getAttribute('aria-setsize')).toBe('3');
    expect(child!.getAttribute('aria-level')).toBe('2');
    expect(child!.hasAttribute('aria-expanded')).toBe(false);
    expect(items().filter((li) => li.tabIndex === 0)).toHaveLength(1);
    expect(items().every((li) => li.getAttribute('aria-selected') === 'false')).toBe(true);
  });

  it('shows the label in bold and, for an untitled entry, its preview muted', () => {
    render(<OutlineTree entries={NOTICE} onActivate={() => {}} />);
    const untitled = items()[5]!;
    expect(untitled.querySelector('.outline-label')?.textContent).toBe('1.');
    expect(untitled.querySelector('.outline-preview.muted')?.textContent).toBe('各地要在6月底前完成项目审批…');
    expect(untitled.querySelector('.outline-title')).toBeNull();
  });

  it('moves with the arrow keys, Home and End', () => {
    render(<OutlineTree entries={NOTICE} onActivate={() => {}} />);
    items()[0]!.focus();
    key('ArrowDown');
    expect(focused()).toBe('（一）指导思想');
    key('ArrowDown');
    key('ArrowDown');
    expect(focused()).toBe('▾二、重点任务');
    key('ArrowUp');
    expect(focused()).toBe('（二）基本原则');
    key('End');
    expect(focused()).toBe('三、保障措施');
    key('ArrowDown'); // stays on the last row
    expect(focused()).toBe('三、保障措施');
    key('Home');
    expect(focused()).toBe('▾一、总体要求');
    expect(
      items()
        .filter((li) => li.tabIndex === 0)
        .map((li) => li.textContent),
    ).toEqual(['▾一、总体要求']);
  });

  it('collapses and expands with Left and Right, and moves between parent and first child', () => {
    render(<OutlineTree entries={NOTICE} onActivate={() => {}} />);
    items()[3]!.focus(); // 二、重点任务
    key('ArrowLeft');
    expect(items()[3]!.getAttribute('aria-expanded')).toBe('false');
    expect(names()).toEqual(['▾一、总体要求', '（一）指导思想', '（二）基本原则', '▸二、重点任务', '三、保障措施']);
    key('ArrowRight');
    expect(items()[3]!.getAttribute('aria-expanded')).toBe('true');
    expect(focused()).toBe('▾二、重点任务');
    key('ArrowRight');
    expect(focused()).toBe('▾（一）加快项目建设');
    key('ArrowRight');
    expect(focused()).toBe('1.各地要在6月底前完成项目审批…');
    key('ArrowRight'); // a leaf: nothing happens
    expect(focused()).toBe('1.各地要在6月底前完成项目审批…');
    key('ArrowLeft'); // a leaf goes to its parent
    expect(focused()).toBe('▾（一）加快项目建设');
    key('ArrowLeft');
    key('ArrowLeft');
    expect(focused()).toBe('▾二、重点任务');
  });

  it('toggles with the twisty without activating', () => {
    const onActivate = vi.fn();
    render(<OutlineTree entries={NOTICE} onActivate={onActivate} />);
    fireEvent.click(items()[0]!.querySelector('.outline-twisty')!);
    expect(names()[1]).toBe('▾二、重点任务');
    expect(items()).toHaveLength(5);
    expect(onActivate).not.toHaveBeenCalled();
  });

  it('activates with Enter, Space and a click, marking the entry selected', () => {
    const onActivate = vi.fn();
    render(<OutlineTree entries={NOTICE} onActivate={onActivate} />);
    items()[0]!.focus();
    key('End');
    key('Enter');
    expect(onActivate).toHaveBeenLastCalledWith(NOTICE[6], 6);
    key('Home');
    key(' ');
    expect(onActivate).toHaveBeenLastCalledWith(NOTICE[0], 0);
    fireEvent.click(screen.getByText('加快项目建设'));
    expect(onActivate).toHaveBeenLastCalledWith(NOTICE[4], 4);
    expect(
      items()
        .filter((li) => li.getAttribute('aria-selected') === 'true')
        .map((li) => li.textContent),
    ).toEqual(['▾（一）加快项目建设']);
    expect(onActivate).toHaveBeenCalledTimes(3);
  });

  it('opens a 1,300-article law at its first two levels only, and opens a chapter on demand', () => {
    const law: OutlineEntry[] = [];
    for (let part = 1; part <= 7; part++) {
      law.push(e(1, `第${part}编`, `编名${part}`));
      for (let ch = 1; ch <= 6; ch++) {
        law.push(e(2, `第${ch}章`, `章名${part}-${ch}`));
        for (let a = 1; a <= 31; a++) law.push(e(3, `第${law.length}条`, '', `条文内容${law.length}`));
      }
    }
    expect(law.length).toBeGreaterThan(1300);
    const t0 = performance.now();
    render(<OutlineTree entries={law} onActivate={() => {}} />);
    expect(items()).toHaveLength(7 + 7 * 6);
    expect(items()[1]!.getAttribute('aria-expanded')).toBe('false');
    items()[1]!.focus();
    key('ArrowRight');
    expect(items()).toHaveLength(7 + 7 * 6 + 31);
    key('ArrowRight');
    expect(focused()).toBe('第2条条文内容2');
    // a hang guard for a 1,300-entry law (rendering every entry took seconds); speed belongs to npm run bench
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it('is named in the UI language by default', () => {
    setLocale('zh-CN');
    try {
      render(<OutlineTree entries={NOTICE} onActivate={() => {}} />);
      expect(screen.getByRole('tree', { name: '大纲' })).toBeTruthy();
    } finally {
      setLocale('en');
    }
  });
});
