/**
 * Stored HTML must not pass for the reader's own interface: with the page's classes and ids kept, an article could
 * carry `class="reader-sidebar"` or `id="clausemark-reader-main"` and be styled, found or linked as the reader's
 * own parts. So at render time classes go, and ids move into a namespace of their own (`cm-doc-…`), with every
 * in-document reference (`href="#…"`, label and ARIA id lists, image maps) moved with them. The outline's anchors
 * (`cm-h-N`, placed by extraction) stay as they are: the outline, the scroll spy and the tests look them up, and the
 * reader's interface has no such ids. ARIA roles go too, for the same reason.
 */

export const DOC_ID_PREFIX = 'cm-doc-';
const OUTLINE_ANCHOR = /^cm-h-\d+$/;
const ID_LISTS = [
  'for',
  'headers',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-flowto',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
];

/** The id an element of the article gets in the reader. */
export function docId(id: string): string {
  return OUTLINE_ANCHOR.test(id) ? id : `${DOC_ID_PREFIX}${id}`;
}

/** Strips classes and namespaces ids and their references in `root` (a fragment not yet in the page). */
export function isolateIds(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll('[class]'))) el.removeAttribute('class');
  // A role would let a paragraph pass for the reader's dialog, toolbar or tree to assistive technology.
  for (const el of Array.from(root.querySelectorAll('[role]'))) el.removeAttribute('role');
  for (const el of Array.from(root.querySelectorAll('[id]'))) el.id = docId(el.id);
  // `<a name>` and `<map name>` are fragment and usemap targets too.
  for (const el of Array.from(root.querySelectorAll('a[name], map[name]'))) el.setAttribute('name', docId(el.getAttribute('name')!));
  for (const el of Array.from(root.querySelectorAll('[href^="#"], [usemap^="#"]'))) {
    const attr = el.hasAttribute('usemap') ? 'usemap' : 'href';
    const target = el.getAttribute(attr)!.slice(1);
    // The prefix is plain ASCII, so a percent-encoded fragment still names the prefixed id once decoded.
    if (target) el.setAttribute(attr, `#${docId(target)}`);
  }
  for (const attr of ID_LISTS) {
    for (const el of Array.from(root.querySelectorAll(`[${attr}]`))) {
      const ids = el.getAttribute(attr)!.split(/\s+/).filter(Boolean);
      el.setAttribute(attr, ids.map(docId).join(' '));
    }
  }
}
