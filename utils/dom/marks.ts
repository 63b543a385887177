/**
 * Every `data-cm-*` attribute extraction puts on the page: set before Readability (which keeps data attributes but
 * drops style, align and javascript: links), read after it by the restore passes and the outline, and stripped by
 * the pipeline itself before the article is serialised, whatever sanitiser the caller passes.
 */

/** Centred by style or align (policy titles and headings): read by the outline. */
export const MARK_CENTER = 'data-cm-center';
/** Bold by style: read by the outline. */
export const MARK_BOLD = 'data-cm-bold';
/** Document-order number of a block that opens with a heading (trailing sections of legislation). */
export const MARK_SECTION = 'data-cm-sec';
/** `<section number>:<place>` on each block inside a headed block (passes/split-sections). */
export const MARK_SECTION_PART = 'data-cm-sec-part';
/** A reference list (参考文献 / References) block. */
export const MARK_REFS = 'data-cm-refs';
/** A `javascript:` link given a placeholder address. */
export const MARK_JS_LINK = 'data-cm-js-link';

/** The typeface a run is set in (kai, hei, fang, song or the family's own name), by style or <font face>: how a label
 * in a 楷体 line stands apart from 仿宋 body text when nothing else sets it off. */
export const MARK_FACE = 'data-cm-face';

/** Index of the heading set just before a block (passes/beside-heading). */
export const MARK_HEADED = 'data-cm-headed';

/** Index of the heading set in a wrapper of its own just before a block (passes/heading-wrappers). */
export const MARK_WRAPPED = 'data-cm-wrapped';

export const ALL_MARKS = [
  MARK_CENTER,
  MARK_BOLD,
  MARK_FACE,
  MARK_SECTION,
  MARK_SECTION_PART,
  MARK_REFS,
  MARK_JS_LINK,
  MARK_HEADED,
  MARK_WRAPPED,
] as const;

/** Remove every mark from `root` and the elements under it. */
export function stripMarks(root: Element): void {
  const selector = ALL_MARKS.map((m) => `[${m}]`).join(', ');
  for (const el of [root, ...Array.from(root.querySelectorAll(selector))]) for (const m of ALL_MARKS) el.removeAttribute(m);
}
