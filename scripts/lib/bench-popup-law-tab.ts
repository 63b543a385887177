/** The popup-law bench's reads in the tab, run from the background as the popup's requests run them. */
import type { Worker } from 'playwright-core';
import { stat } from './stats';

/** The extraction script (a clip) or the outline script run in the tab from the background: its round trip, and the outline's length. */
function extractInTab(sw: Worker, tabId: number, request: 'article' | 'outline'): Promise<[number, number]> {
  // a string: the bundler's helpers (__name) must not end up in the function handed to the tab
  return sw.evaluate(`(async () => {
    const t0 = performance.now();
    const target = { tabId: ${tabId} };
    const run = async (file) => {
      await chrome.scripting.executeScript({ target, func: (r) => { globalThis.__clausemarkExtractMode = r; }, args: [${JSON.stringify(request)}] });
      return chrome.scripting.executeScript({ target, files: [file] });
    };
    // the outline alone is its own script (an older build has none: its extraction script takes the request)
    const [first] = ${request === 'outline'} ? await chrome.scripting.executeScript({ target, files: ['/outline.js'] }).catch(() => run('/extract.js')) : await run('/extract.js');
    // the outline alone comes back as JSON text (an older build answers an object)
    const r = first && (typeof first.result === 'string' ? JSON.parse(first.result) : first.result);
    return [performance.now() - t0, r && r.ok ? r.value.outline.length : -1];
  })()`);
}

/** The small function the background runs first for a preview: the tab's remembered answer (null in an older build). */
function rememberedInTab(sw: Worker, tabId: number): Promise<[number, number]> {
  return sw.evaluate(`(async () => {
    const t0 = performance.now();
    const [first] = await chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: () => {
      const e = globalThis[Symbol.for('clausemark.outlinePreview')];
      return e && e.lookup ? e.lookup(location.href) : null;
    } });
    const r = first && first.result ? JSON.parse(first.result) : null;
    return [performance.now() - t0, r && r.ok ? r.value.outline.length : -1];
  })()`);
}

/** `read`, and the tab's main-thread CPU time it took (ms): on a loaded machine the round trip is mostly waiting for a core. */
async function withCpu<T>(threadMs: () => Promise<number>, read: () => Promise<T>, into: number[], keep: boolean): Promise<T> {
  const before = await threadMs();
  const r = await read();
  if (keep) into.push((await threadMs()) - before);
  return r;
}

/**
 * A clip's read (sanitised html and text), and the outline alone on a page just loaded, again, and remembered.
 * `threadMs`: the tab's main-thread CPU time so far (CDP Performance metrics).
 */
export async function benchTabReads(
  sw: Worker,
  tabId: number,
  reload: () => Promise<unknown>,
  threadMs: () => Promise<number>,
): Promise<void> {
  const times: Record<'clip' | 'fresh' | 'again' | 'remembered', number[]> = { clip: [], fresh: [], again: [], remembered: [] };
  const cpu: Record<'clip' | 'fresh', number[]> = { clip: [], fresh: [] };
  let entries = 0;
  for (let i = 0; i < 6; i++) {
    await reload();
    const fresh = await withCpu(threadMs, () => extractInTab(sw, tabId, 'outline'), cpu.fresh, i > 0);
    const again = await extractInTab(sw, tabId, 'outline');
    const remembered = await rememberedInTab(sw, tabId);
    const clip = await withCpu(threadMs, () => extractInTab(sw, tabId, 'article'), cpu.clip, i > 0);
    if (i === 0) continue;
    times.fresh.push(fresh[0]);
    times.again.push(again[0]);
    times.clip.push(clip[0]);
    if (remembered[1] >= 0) times.remembered.push(remembered[0]);
    entries = clip[1];
    if (fresh[1] !== clip[1] || again[1] !== clip[1]) throw new Error(`outline lengths differ: ${fresh[1]}, ${again[1]}, ${clip[1]}`);
  }
  console.log(`  extraction script in the tab (executeScript round trips from the background; ${entries} outline entries):`);
  console.log(`    a clip's read (html sanitised, text): ${stat(times.clip)}`);
  console.log(`    the outline only, page just loaded: ${stat(times.fresh)}; page unchanged since: ${stat(times.again)}`);
  console.log(`    the tab's main-thread CPU time: a clip's read ${stat(cpu.clip)}; the outline only, page just loaded ${stat(cpu.fresh)}`);
  console.log(
    `    the remembered outline, asked by the background's small function first: ${times.remembered.length ? stat(times.remembered) : 'none (this build keeps none)'}`,
  );
}
