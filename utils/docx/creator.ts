/**
 * A Word file's creator (docProps/core.xml, read in ./props.ts) is often the person who saved it; when it names a body
 * the text prints too (a revision history's author cell: FedRAMP PMO), that body wrote the document.
 */

/** The meta element carrying the file's creator from ./document.ts to ./page.ts (which reads the document only). */
export const CREATOR_META = 'cm-docx-creator';

/** The names a body (not a person) carries: an acronym or a body's word (FedRAMP PMO, Policy Office). */
const BODY = /\b(?:[A-Z]{2,}|Office|Department|Agency|Commission|Board|Council|Authority|Ministry|Bureau|Service|Team|Group|Committee)\b/;

/** The creator, when it names a body and the text prints it (a revision history's author cell). */
export function creatorBody(creator: string, text: string): string {
  return creator && BODY.test(creator) && text.includes(creator) ? creator : '';
}
