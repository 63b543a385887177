/**
 * Bold heads in tiers told only by their type: a report's section heads set bigger, its subheads at body size, the
 * heads below those indented further (a summary's "Technical Amendments" > "National Eligibility" > "General
 * approach"). A web page would set them <h2>, <h3>, <h4>; so are they set here, for the outline to nest them: a head
 * further out ranks higher, then a bigger one. Only when the document has two such styles or more, each used
 * twice at least (a style used once is a slip of the typesetter: it joins the nearest size at its indent, if any).
 * Numbered lines are left alone (their numbers say their tier), so are sentences and centred lines.
 */
import { OPENS_NUMBERED } from './numbered';
import type { Block } from './types';

const MAX_TIERS = 5;

function isHead(b: Block): boolean {
  const t = b.text.trim();
  return (
    b.kind === 'heading' &&
    b.bold &&
    !b.centered &&
    !b.right &&
    b.indent !== undefined &&
    b.size !== undefined &&
    t.length <= 100 &&
    /^[\p{L}]/u.test(t) &&
    !/[.,;:!?。，；：]$/.test(t) &&
    !OPENS_NUMBERED.test(t)
  );
}

/** Sets `tier` on the blocks that are heads of a tiered document. */
export function headingTiers(blocks: Block[], bodySize: number): void {
  const heads = blocks.filter(isHead);
  const key = (b: Block) => `${Math.round(b.indent! / bodySize)}:${Math.round(b.size! * 2) / 2}`;
  const count = new Map<string, number>();
  for (const b of heads) count.set(key(b), (count.get(key(b)) ?? 0) + 1);
  const styles = [...count].filter(([, n]) => n >= 2).map(([k]) => k.split(':').map(Number) as [number, number]);
  if (styles.length < 2) return;
  styles.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const styleOf = (b: Block): number => {
    const [indent, size] = key(b).split(':').map(Number) as [number, number];
    let best = -1;
    styles.forEach(([i, s], n) => {
      if (i === indent && (best < 0 || Math.abs(s - size) < Math.abs(styles[best]![1] - size))) best = n;
    });
    return best;
  };
  for (const b of heads) {
    const n = styleOf(b);
    if (n >= 0) b.tier = Math.min(n + 1, MAX_TIERS);
  }
}
