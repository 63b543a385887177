/**
 * Test tiers: `npm test` answers in about a minute; `npm run test:slow` (CLAUSEMARK_SLOW=1, run by .ci/run too) runs
 * the full-size fuzz, the whole-pipeline XSS run and the CLI spawn. Quick runs take an evenly spread, deterministic
 * sample of the same inputs, so a failure there is a failure of the full run too.
 */
export const SLOW = process.env.CLAUSEMARK_SLOW === '1';

/** Every item in the slow tier, every `step`-th in the quick one. */
export function sample<T>(items: readonly T[], step: number): T[] {
  return SLOW ? [...items] : items.filter((_, i) => i % step === 0);
}
