/**
 * The issuer as the document prints it. Metadata lists join several organs with spaces (某某委  某某局) where the
 * field lists them with 、, and a portal's table may give a short form (市政府) of the organ the title and the
 * signature print in full (某某市人民政府): the printed full form wins.
 */
import { organs } from './policy-text';

/** "某某委  某某局" → "某某委、某某局"; anything that is not a list of organ names is kept as it is. */
export function joinedIssuers(value: string): string {
  return organs(value)?.join('、') ?? value;
}

// 市政府 in 某某市人民政府: the short form's characters appear in the full name, in order.
const inOrder = (short: string, full: string) => {
  let at = 0;
  for (const c of short) if ((at = full.indexOf(c, at) + 1) === 0) return false;
  return true;
};

/** True when `short` is a short form of the one organ `full` names (same last character, letters in order). */
export function isShortForm(short: string, full: string): boolean {
  return (
    short.length < full.length && short.length <= 6 && !/[、\s]/.test(short + full) && short.at(-1) === full.at(-1) && inOrder(short, full)
  );
}
