/** Highlighting on the hostile law page, and the checks on what it logged, for privacy.e2e.ts. */
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import type { Browser } from './harness';
import { SECRETS } from './harness-hostile-law';
import type { LogEntry } from './hostile-page';

export interface StoredHighlight {
  id: string;
  color: string;
  note: string;
  selectors: { quote: string };
}

/** Select a paragraph with a real triple click on its first characters. */
export async function selectParagraph(page: Page, text: string): Promise<void> {
  const at = await page.evaluate((t) => {
    for (const p of Array.from(document.querySelectorAll('p'))) {
      if (p.textContent !== t) continue;
      p.scrollIntoView({ block: 'center' });
      const r = document.createRange();
      r.setStart(p.firstChild!, 1);
      r.setEnd(p.firstChild!, 3);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    return null;
  }, text);
  assert.ok(at, text);
  await page.mouse.click(at.x, at.y, { clickCount: 3 });
}

export const noteFrame = (page: Page): Frame | undefined =>
  page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/note\.html/.test(f.url()));

/** What the highlighter paints, read from its instance in the extension's isolated world (test build only). */
export async function paintedTexts(b: Browser, tabId: number): Promise<{ color: string; text: string }[] | null> {
  const script = `(async () => {
    const [r] = await chrome.scripting.executeScript({
      target: { tabId: ${Number(tabId)} },
      func: () => { const hl = globalThis[Symbol.for('clausemark.highlighter')]; return hl ? hl.painted().map((p) => ({ color: p.color, text: p.text })) : null; },
    });
    return r ? r.result : null;
  })()`;
  return (await b.sw.evaluate(script)) as { color: string; text: string }[] | null;
}

export function assertNothingLeaked(log: LogEntry[]): void {
  const all = JSON.stringify(log);
  for (const s of SECRETS)
    assert.ok(
      !all.includes(s),
      `the page saw "${s}": ${log
        .filter((e) => JSON.stringify(e).includes(s))
        .map((e) => JSON.stringify(e).slice(0, 300))
        .join('\n')}`,
    );
  assert.deepEqual(
    log.filter((e) => e.kind === 'key'),
    [],
    'no key or input event reached the page',
  );
  assert.deepEqual(
    log.filter((e) => /^css-highlights|^shadow-|^attachShadow|^frame-doc$|^frame-href$/.test(e.kind)),
    [],
  );
  // No script of ours announces itself (WXT's content-script context would post a message named after our id).
  assert.deepEqual(
    log.filter((e) => e.kind === 'message'),
    [],
  );
  for (const e of log.filter((x) => x.kind === 'marks')) assert.deepEqual(e.data, []);
  for (const e of log.filter((x) => x.kind === 'mutation')) {
    const m = e.data as { type: string; target: string; added: { name: string; text: string }[] };
    // The one thing the page may see: our (empty) host element coming and going under <html>.
    assert.equal(m.type, 'childList', JSON.stringify(m));
    assert.equal(m.target, 'HTML', JSON.stringify(m));
    for (const a of m.added) assert.deepEqual([a.name, a.text], ['CLAUSEMARK-HIGHLIGHTER', ''], JSON.stringify(m));
  }
}
