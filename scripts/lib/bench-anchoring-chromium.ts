/**
 * The anchoring timings of bench-anchoring-timing.ts in real Chromium (headless, playwright-core, /usr/bin/chromium or
 * CHROMIUM_PATH), printed next to Node's: the module is bundled with esbuild and run in a blank page. Skipped, with a
 * message, when Chromium is not installed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { timeTextAnchoring, type Timing } from './bench-anchoring-timing';
import { fmt } from './stats';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface BrowserResults {
  text: Timing[];
  dom: Timing[];
}

async function bundle(): Promise<string> {
  const entry = `import { timeDomPath, timeTextAnchoring } from ${JSON.stringify(join(import.meta.dirname, 'bench-anchoring-timing.ts'))};
globalThis.runAnchoringBench = () => ({ text: timeTextAnchoring(), dom: timeDomPath(document) });`;
  const out = await build({
    stdin: { contents: entry, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

async function inChromium(): Promise<BrowserResults> {
  const script = await bundle();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ content: script });
    return await page.evaluate(() => (globalThis as unknown as { runAnchoringBench: () => BrowserResults }).runAnchoringBench());
  } finally {
    await browser.close();
  }
}

const cell = (t: Timing | undefined) => (t ? `${fmt(t.median).padStart(7)} ${fmt(t.p95).padStart(7)}` : '      —       —');

export async function benchAnchoringChromium(): Promise<void> {
  console.log('\nTime to anchor 200 highlights (ms, median and p95 of 15 runs; each run folds and indexes the text anew)');
  const node = timeTextAnchoring();
  let browser: BrowserResults | null = null;
  if (!existsSync(CHROMIUM)) console.log(`  (Chromium not found at ${CHROMIUM}: Node only; set CHROMIUM_PATH to measure in the browser)`);
  else browser = await inChromium();
  console.log(`  ${''.padEnd(34)} ${'Node median    p95'.padStart(19)}   ${'Chromium median    p95'.padStart(23)}`);
  node.forEach((t, i) => console.log(`  ${t.label.padEnd(34)} ${cell(t)}  ${''.padStart(8)}${cell(browser?.text[i])}`));
  if (!browser) return;
  console.log(
    '\nLive-page path in Chromium: a generated law page, a notice inserted at its top, 200 highlights (ms, median and p95 of 15 runs)',
  );
  for (const t of browser.dom) console.log(`  ${t.label.padEnd(52)} ${cell(t)}`);
}
