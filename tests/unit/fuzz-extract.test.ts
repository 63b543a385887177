/**
 * Fuzzing the clipping pipeline (extractArticle + buildOutline + sanitiser, through extractFromHtml) with generated
 * and mutated documents: broken markup, deep nesting, huge tables, empty and image-only pages, frames, declarative
 * shadow DOM, right-to-left text, lying charsets, byte noise, random policy numbering, very long lines.
 * The PRNG is seeded, so every run sees the same 1,000 documents and a failure names a reproducible case.
 * Each document must come back as an outcome (never an exception) within the time budget.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { sample } from '../helpers/tier';
import { extractFromHtml } from '../../scripts/lib/dom';
import { BUDGET_MS, corpus, DEEP_BUDGET_MS, tooDeep, URL } from '../helpers/fuzz-corpus';

let cappedCount = 0;
const times: number[] = [];
const slow: Array<[number, string]> = [];

describe('fuzzing extraction and outline', () => {
  const all = corpus();
  // npm test: every 8th document (125, all kinds); npm run test:slow: all 1,000.
  const cases = sample(all, 8);

  it('has 1,000 deterministic documents', () => {
    expect(all).toHaveLength(1000);
    expect(corpus()[999]!.html).toBe(all[999]!.html);
  });

  // Batches of 100 keep each test's timeout meaningful and a failure close to its document.
  for (let b = 0; b < cases.length; b += 100) {
    const batch = cases.slice(b, b + 100);
    it(`documents ${b + 1}–${b + batch.length}: an outcome, never an exception, within ${BUDGET_MS} ms each`, () => {
      for (const c of batch) {
        const t0 = performance.now();
        let outcome;
        let capped = false;
        try {
          outcome = extractFromHtml(c.html, URL, { maxElements: c.maxElements });
          capped = !outcome.ok && outcome.code === 'too-large';
          if (capped && !c.maxElements) expect(tooDeep(c.html), `${c.name}: too large but within the caps`).toBe(true);
          // A page with no article or over a cap is offered as whole visible text; that path must hold up as well.
          if (!outcome.ok) outcome = extractFromHtml(c.html, URL, { mode: 'fulltext' });
        } catch (e) {
          throw new Error(`${c.name} threw: ${(e as Error).stack}`);
        }
        const ms = performance.now() - t0;
        times.push(ms);
        slow.push([ms, c.name]);
        expect(ms, `${c.name} took ${ms.toFixed(0)} ms`).toBeLessThan(BUDGET_MS);
        if (capped) cappedCount++;
        if (c.name.startsWith('deep#')) expect(ms, `${c.name} took ${ms.toFixed(0)} ms`).toBeLessThan(DEEP_BUDGET_MS);
        expect(outcome.ok, c.name).toBe(true);
        if (outcome.ok) {
          expect(typeof outcome.page.html).toBe('string');
          expect(Array.isArray(outcome.page.outline)).toBe(true);
        }
      }
    }, 60_000);
  }

  afterAll(() => {
    if (!times.length) return;
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.info(
      `slowest: ${slow
        .sort((a, b) => b[0] - a[0])
        .slice(0, 8)
        .map(([ms, n]) => `${n} ${ms.toFixed(0)} ms`)
        .join(', ')}`,
    );
    console.info(`fuzz: ${cappedCount} documents over a cap, clipped as whole text`);
    console.info(
      `fuzz: ${times.length} documents, median ${median.toFixed(1)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)]!.toFixed(1)} ms, max ${sorted[sorted.length - 1]!.toFixed(1)} ms per document`,
    );
  });
});
