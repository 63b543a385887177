/**
 * The library page (library.html) in Chromium with the built extension and 10,000 clips: the first table rows
 * painted after navigation (the page marks `cm-first-row` a frame after they render), and a sort or facet change
 * (click → the table repainted). Targets: first rows ≤ 300 ms, sort and facet changes ≤ 100 ms.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { libpageBundle } from './bench-libpage-data';
import { seedThroughPage } from './bench-libpage-seed';
import { fmt, median, percentile } from './stats';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EXT = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');
const CLIPS = 10_000;
const OPENINGS = 11;
const stat = (xs: number[]) => `median ${fmt(median(xs))} ms, p95 ${fmt(percentile(xs, 95))} ms (n=${xs.length})`;

/** ms from a click on `selector` (the nth match) until the frame after the table changed. */
function clickToPaint(page: Page, selector: string, nth = 0): Promise<number> {
  return page.evaluate(
    ([selector, nth]) =>
      new Promise<number>((resolve, reject) => {
        const target = document.querySelectorAll<HTMLElement>(selector)[nth];
        if (!target) return reject(new Error(`nothing at ${selector}`));
        const table = document.querySelector('.lib-body')!;
        const t0 = performance.now();
        const obs = new MutationObserver(() => {
          obs.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
        });
        obs.observe(table, { subtree: true, childList: true, characterData: true, attributes: true });
        target.click();
      }),
    [selector, nth] as const,
  );
}

export async function benchLibPage(): Promise<void> {
  console.log(`\n== libpage: the library page with ${CLIPS} clips [Chromium, built extension]`);
  if (!existsSync(CHROMIUM)) return console.log(`  skipped: Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
  if (!existsSync(join(EXT, 'library.html'))) return console.log(`  skipped: no build with library.html in ${EXT} (npm run build)`);
  const tmp = mkdtempSync(join(tmpdir(), 'clausemark-bench-libpage-'));
  const context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-sandbox', '--no-first-run', '--disable-component-update'],
  });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const url = `chrome-extension://${new URL(sw.url()).host}/library.html?lang=en`;
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('.lib-empty').waitFor();
    await seedThroughPage(page, libpageBundle(CLIPS));
    const first: number[] = [];
    const start: number[] = [];
    for (let i = 0; i < OPENINGS; i++) {
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('cm-first-row').length > 0, null, { timeout: 30_000 });
      if (i === 0) continue;
      first.push(await page.evaluate(() => performance.getEntriesByName('cm-first-row')[0]!.startTime));
      start.push(await page.evaluate(() => performance.getEntriesByName('cm-libpage-start')[0]!.startTime));
    }
    console.log(`  first rows painted (navigation start → rows on screen, warm): ${stat(first)}  [target ≤ 300 ms]`);
    console.log(`    of which page and script loading (→ the page script's start): ${stat(start)}`);

    const sorts: number[] = [];
    const again: number[] = [];
    const headers = await page.locator('.lib-sort').count();
    for (let h = 0; h < headers; h++) sorts.push(await clickToPaint(page, '.lib-sort', h)); // each column's first sort
    for (let h = 0; h < headers; h++) again.push(await clickToPaint(page, '.lib-sort', h)); // cached order, direction flips
    console.log(`  sort by a column, first time: ${stat(sorts)}; again (cached order): ${stat(again)}  [target ≤ 100 ms]`);

    const facets: number[] = [];
    for (const facet of ['issuer', 'year', 'site', 'highlights', 'lang', 'issuer', 'year']) {
      facets.push(await clickToPaint(page, `section[aria-labelledby="facet-${facet}"] .lib-facet-value`, 1)); // choose
      facets.push(await clickToPaint(page, `section[aria-labelledby="facet-${facet}"] .lib-facet-value[aria-pressed="true"]`)); // let go
    }
    console.log(`  facet chosen or let go: ${stat(facets)}  [target ≤ 100 ms]`);
  } finally {
    await context.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
