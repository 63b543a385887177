/**
 * Where the one highlighter of a page is kept between injections: under a Symbol.for key on the isolated world's
 * global, checked by its brand. A named global (`__clausemarkHighlighter`) could be clobbered by an element id in the
 * page (`<a id=…>` becomes a window property), handing us a page element instead of our instance. The brand is a
 * Symbol.for key too, not the class: each injection re-runs the bundle and so defines the class anew.
 */
import { HIGHLIGHTER_BRAND, type Highlighter } from './controller';

export const INSTANCE_KEY: unique symbol = Symbol.for('clausemark.highlighter') as never;

type Scope = { [INSTANCE_KEY]?: unknown };

/** The kept instance, or null when there is none or the slot holds anything that is not one of ours. */
export function highlighterOf(scope: object): Highlighter | null {
  const v = (scope as Scope)[INSTANCE_KEY];
  const branded = typeof v === 'object' && v !== null && (v as Record<symbol, unknown>)[HIGHLIGHTER_BRAND] === true;
  return branded && typeof (v as Highlighter).handle === 'function' ? (v as Highlighter) : null;
}

export function keepHighlighter(scope: object, hl: Highlighter): Highlighter {
  Object.defineProperty(scope, INSTANCE_KEY, { value: hl, configurable: true, enumerable: false, writable: true });
  return hl;
}
