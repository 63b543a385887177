/**
 * Heavy use in Chromium: ten tabs clipped at once (clipTab messages fired together from an extension page, as the
 * popup sends them), the same page in two tabs at once, and highlights saved on a tab while all ten are clipped.
 * Then IndexedDB must hold exactly the right clips: one per page, each with its body, none doubled, none lost.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  BUILD_E2E,
  clickInClosedRoot,
  highlighterIn,
  launchWithExtension,
  openPopup,
  PAGES,
  PageServer,
  paintedCount,
  readClips,
  readStores,
  tabIdOf,
  waitFor,
  type Browser,
} from './harness';

const CASES = [
  'zh-law-in-notice',
  'en-act-sections',
  'en-news-article',
  'en-short-list-article',
  'zh-blog-comment-tail',
  'zh-cms-article',
  'zh-notice-tiers',
  'zh-outline-notice',
  'zh-short-notice',
  'zh-table-document',
];
const mustContain = (c: string) =>
  (JSON.parse(readFileSync(join(PAGES, c, 'expected.json'), 'utf8')) as { contains: string[] }).contains[0]!;
const PASSAGES = [
  '（一）修建围堤、阻水渠道、阻水道路；',
  '（二）种植高秆农作物、芦苇和树木；',
  '（三）弃置矿渣、石渣、煤灰、泥土、垃圾等。',
];

interface ClipReply {
  ok: boolean;
  value?: { clipId: string; created: boolean; title: string };
  error?: { code: string; message: string };
}

const server = new PageServer();
before(() => server.start());
after(() => server.stop());

async function openTabs(b: Browser, paths: string[]): Promise<{ pages: Page[]; tabIds: number[] }> {
  const pages = await Promise.all(
    paths.map(async (p) => {
      const page = await b.context.newPage();
      await page.goto(server.url(p));
      return page;
    }),
  );
  const tabIds: number[] = [];
  for (const p of pages) tabIds.push(await tabIdOf(b, p)); // one at a time: it asks for the tab in front
  return { pages, tabIds };
}

/** Every clipTab request sent in the same task, so the background handles them all at once. */
function clipAll(ext: Page, tabIds: number[]): Promise<ClipReply[]> {
  return ext.evaluate(
    (ids) => Promise.all(ids.map((tabId) => chrome.runtime.sendMessage({ type: 'clipTab', data: { tabId, mode: 'article' } }))),
    tabIds,
  ) as Promise<ClipReply[]>;
}

async function assertTenClips(ext: Page): Promise<Map<string, string>> {
  const clips = await readClips(ext);
  const { clipBodies } = await readStores(ext, ['clipBodies']);
  assert.equal(clips.length, CASES.length, `clips: ${clips.map((c) => c.url).join(', ')}`);
  assert.equal(clipBodies!.length, CASES.length, 'one body per clip');
  assert.equal(new Set(clips.map((c) => c.canonicalUrl)).size, CASES.length, 'no canonical URL twice');
  const byCase = new Map<string, string>();
  for (const c of CASES) {
    const clip = clips.find((x) => x.url === server.url(`/${c}/`));
    assert.ok(clip, `${c} was clipped`);
    assert.ok(clip.text?.includes(mustContain(c)), `${c}: body holds "${mustContain(c)}"`);
    byCase.set(c, clip.id);
  }
  return byCase;
}

describe('concurrency (test build with 127.0.0.1 host access)', () => {
  let b: Browser;
  before(async () => {
    b = await launchWithExtension(BUILD_E2E);
  });
  after(() => b.close());

  it('ten tabs clipped at once, plus the first page again in an eleventh tab: ten clips, none lost or doubled', async () => {
    const { tabIds } = await openTabs(
      b,
      [...CASES, CASES[0]!].map((c) => `/${c}/`),
    );
    const ext = await b.context.newPage();
    await ext.goto(`chrome-extension://${b.extId}/options.html`);
    const t0 = Date.now();
    const replies = await clipAll(ext, tabIds);
    const ms = Date.now() - t0;
    replies.forEach((r, i) => assert.ok(r.ok, `tab ${i}: ${r.error?.code} ${r.error?.message}`));
    const ids = replies.map((r) => r.value!.clipId);
    assert.equal(new Set(ids.slice(0, CASES.length)).size, CASES.length, 'ten different clips');
    assert.equal(ids[CASES.length], ids[0], 'the twin tab updated the same clip');
    assert.deepEqual(
      [replies[0]!.value!.created, replies[CASES.length]!.value!.created].sort(),
      [false, true],
      'one of the twins created it',
    );
    const byCase = await assertTenClips(ext);
    assert.deepEqual(
      CASES.map((c) => byCase.get(c)),
      ids.slice(0, CASES.length),
    );
    console.info(`concurrency: 11 clipTab requests at once answered in ${ms} ms`);
    // and once more, all eleven at once: every clip updated in place
    const again = await clipAll(ext, tabIds);
    assert.deepEqual(
      again.map((r) => [r.ok, r.value?.created]),
      tabIds.map(() => [true, false]),
    );
    assert.deepEqual(
      again.map((r) => r.value!.clipId),
      ids,
    );
    // the same tab five times at once: five updates of one clip
    const same = await clipAll(
      ext,
      Array.from({ length: 5 }, () => tabIds[1]!),
    );
    assert.deepEqual(
      same.map((r) => [r.ok, r.value?.clipId]),
      same.map(() => [true, ids[1]]),
    );
    await assertTenClips(ext);
  });

  it('ten tabs clipped at once while highlights are saved on one of them', async () => {
    const fresh = await launchWithExtension(BUILD_E2E);
    try {
      const { pages, tabIds } = await openTabs(
        fresh,
        CASES.map((c) => `/${c}/`),
      );
      const law = pages[0]!;
      const popup = await openPopup(fresh, tabIds[0]!); // injects the highlighter into the law tab
      await waitFor(() => highlighterIn(fresh, tabIds[0]!), 'the highlighter');
      const highlight = async () => {
        for (const [i, passage] of PASSAGES.entries()) {
          await law.getByText(passage).click({ clickCount: 3 });
          await clickInClosedRoot(law, 'button[aria-label="Green"]');
          await waitFor(async () => (await paintedCount(law)) === i + 1, `highlight ${i + 1} painted`);
        }
      };
      const [replies] = await Promise.all([clipAll(popup, tabIds), highlight()]);
      replies.forEach((r, i) => assert.ok(r.ok, `tab ${i}: ${r.error?.code} ${r.error?.message}`));
      const byCase = await assertTenClips(popup);
      const { highlights } = await readStores(popup, ['highlights']);
      const rows = highlights as { clipId: string; selectors: { quote: string } }[];
      assert.deepEqual(rows.map((h) => h.selectors.quote).sort(), [...PASSAGES].sort());
      for (const h of rows) assert.equal(h.clipId, byCase.get(CASES[0]!), 'each highlight hangs on the law clip');
    } finally {
      await fresh.close();
    }
  });
});
