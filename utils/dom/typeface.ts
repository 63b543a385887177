/**
 * The typeface an element sets, as a class: Chinese official documents set their tiers in 黑体, 楷体, 仿宋 and 宋体
 * under many names (`CESI楷体-GB2312`, `KaiTi_GB2312`, `楷体`), so the class, not the name, tells two runs apart.
 */
const FAMILY = /font-family\s*:\s*([^;]+)/i;
const CLASSES: [RegExp, string][] = [
  [/楷|kai/i, 'kai'],
  [/黑|hei/i, 'hei'],
  [/仿宋|fang\s*song/i, 'fang'],
  [/宋|song/i, 'song'],
];

/** '' when the element sets no typeface of its own. */
export function typefaceOf(el: Element): string {
  const raw = FAMILY.exec(el.getAttribute('style') ?? '')?.[1] ?? (el.tagName === 'FONT' ? (el.getAttribute('face') ?? '') : '');
  const first = (raw.split(',')[0] ?? '').replace(/["']/g, '').trim();
  if (!first) return '';
  return CLASSES.find(([re]) => re.test(first))?.[1] ?? first.toLowerCase();
}
