/**
 * Two places an English health-service or council paper names the body that issues it when it prints no AGENCY: or
 * copyright line: a guideline's document-control table (Ratified by: | the Joint Prescribing Group), and a briefing's
 * opening sentence, which makes the body its subject (NHS Somewhere (Integrated Care Board) … has reviewed …).
 */

/** The words a body's name ends in (a person or a date never does). */
const BODY =
  /\b(?:Group|Committee|Board|Council|Trust|Authority|Executive|Panel|Forum|Partnership|Network|Department|Agency|Commission|Office|Service|Ministry|Assembly|Association|Institute|Society|Federation|Alliance|Collaborative|Consortium)$/;

/** A name: capitalised words and the small words a name holds. */
const NAME = `[A-Z][A-Za-z'’.-]*(?:\\s+(?:&|and|of|the|for|on|in|[A-Z][A-Za-z'’.-]*)){1,10}`;

/** "Ratified by:" / "Approving body:" on the table's label cell, its value on the same line or the next. */
const RATIFIED = new RegExp(
  `(?:^|\\n)\\s*(?:(?:Ratified|Approved|Endorsed|Adopted)\\s+by|(?:Ratifying|Approving|Approval)\\s+(?:body|group|committee))\\s*:?[ \\t]*\\n?[ \\t]*(${NAME})[ \\t]*(?=\\n|$)`,
);

/** The body a document-control table says ratified or approved it; '' when the cell names no body (a person). */
export function ratifyingBody(text: string): string {
  const m = RATIFIED.exec(text.split('\n').slice(-60).join('\n'));
  const name = m?.[1]?.trim() ?? '';
  return BODY.test(name) ? name : '';
}

/** The verbs a body's opening sentence reports its decision with. */
const DECIDED = '(?:reviewed|approved|agreed|endorsed|ratified|issued|published|updated|adopted|considered|decided|produced|developed)';
const OPENING = new RegExp(
  `^(?!(?:The|This|These|Our|We|It|Its)\\s)(${NAME})\\s*(?:\\(([^)\\n]{2,60})\\))?\\s*(?:,[^,\\n]{2,160},)?\\s+(?:has|have)\\s+(?:now\\s+|recently\\s+)?${DECIDED}\\b`,
);

/** The body a briefing's first paragraph opens with, as its subject; its bracketed kind (Integrated Care Board) left out. */
export function openingBody(text: string): string {
  for (const line of text.split('\n', 6)) {
    const m = OPENING.exec(line.trim());
    if (!m) continue;
    const name = m[1]!.trim();
    const kind = m[2]?.trim() ?? '';
    return BODY.test(name) || BODY.test(kind) || /^NHS\b/.test(name) ? name : '';
  }
  return '';
}
