/**
 * Commonwealth Acts as printed (a revised edition exported from Word, a gazette print converted to HTML) name
 * themselves in ways the legislation line rules do not read:
 * - a title block: the revised edition's chapter on its own line over the Act's name (`CHAPTER 6` / `THE EVIDENCE
 *   ACT`; Kenya, Tanzania, Uganda, Zambia and Malawi print `CAP. 21`, `CHAPTER 7:01` the same way): the name is the
 *   title, the chapter the number it is cited by;
 * - no name line at all: the kind `ACT` over the long title (`To promote …`), the name given only by the short-title
 *   section (`This Act may be cited as the Consumer Protection Act [Chapter 14:44].`, `This Act is called …`), which
 *   may be the first section or the last. Such a print is an enacted Act (a bill prints `BILL`): its enacting words
 *   (`BE IT ENACTED by the Parliament of …`) name its issuer and its running header its number (`No. 5/2019`).
 */
const CAP_NUMBER = /^(?:CHAPTER|Chapter|CAP\.?|Cap\.?)\s+\d{1,3}(?::\d{1,3})?[A-Z]?$/;
const ACT_NAME = /^(?:THE\s+|The\s+)?[A-Z][A-Za-z,'’()\- ]{2,120}\s(?:ACT|Act)(?:,?\s+\d{4})?$/;
const KIND_LINE = /^ACT$/;
// the long title: what the Act does, as an infinitive (To protect …, To provide for …)
const LONG_TITLE = /^To\s+[a-z]+\b/;
const SHORT_TITLE =
  /\bThis Act (?:may be cited as|is called|shall be cited as)\s+(?:the\s+)?["“‘']?([A-Z][^.“”"[\]]{2,120}?)["”’']?\s*(?:\[[^\]]{1,40}\]\s*)?(?:\.|,\s+and\b|;)/;
const ACT_NUMBER = /^(?:Act\s+)?No\.\s*\d{1,4}(?:\/\d{4}|\s+of\s+\d{4})$/;
const ENACTED = /^(?:BE IT (?:THEREFORE |FURTHER )?)?ENACTED by (?:the\s+)?(.{3,120}?)(?:,?\s+as follows\b.*|[.:])$/i;
const HEAD_LINES = 40;

export interface ActTitleBlock {
  name: string;
  number: string;
}

/** `CHAPTER 6` / `THE EVIDENCE ACT` at `lines[i]`, or null. */
export function capTitleBlock(lines: string[], i: number): ActTitleBlock | null {
  const [number, name] = [lines[i] ?? '', lines[i + 1] ?? ''];
  return CAP_NUMBER.test(number) && ACT_NAME.test(name) ? { name, number } : null;
}

/** The index of the print's `ACT` kind line standing over its long title, or -1. */
export function actKindLine(lines: string[]): number {
  const head = lines.slice(0, HEAD_LINES);
  return head.findIndex((l, i) => KIND_LINE.test(l) && head.slice(i + 1, i + 3).some((n) => LONG_TITLE.test(n)));
}

/** The name an Act's short-title section gives it, in the body's text, or ''. */
export function shortTitleName(text: string): string {
  return SHORT_TITLE.exec(text.replace(/\s+/g, ' '))?.[1]?.trim() ?? '';
}

/** A printed Act's number (its running header) and issuer (its enacting words); '' for each when not such a print. */
export function readPrintedAct(lines: string[]): { docNumber: string; issuer: string } {
  const kind = actKindLine(lines);
  if (kind < 0) return { docNumber: '', issuer: '' };
  const docNumber = lines.slice(0, kind).find((l) => ACT_NUMBER.test(l)) ?? '';
  const head = lines.slice(0, 400);
  // a drop capital set apart: `B` / `E IT THEREFORE ENACTED by …`
  const joined = head.map((l, i) => (/^[A-Z]$/.test(l) && /^[A-Z]{1,3}\s/.test(head[i + 1] ?? '') ? l + head[i + 1] : l));
  const body = joined.map((l) => ENACTED.exec(l)?.[1]).find(Boolean) ?? '';
  // the bodies joined are named, not their articles: `the Parliament and the President of Zimbabwe`
  return { docNumber, issuer: body.replace(/\s+and\s+the\s+/g, ' and ').trim() };
}
