/**
 * The full-tab library (library.html) with 10,000 generated clips: filter by 发文机关 and year (the counts and the
 * URL follow, a reload keeps the view), sort by 文号, select a range with shift-click, export it as CSL-JSON and as a Word full document (downloads
 * caught and read, the Word file with mammoth), delete with undo, axe, and screenshots in both languages and themes (test-results/libpage-*.png).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { libpageBundle } from '../../scripts/lib/bench-libpage-data';
import { compareDocNumbers } from '../../utils/library';
import { artifact, BUILD_E2E, launchWithExtension, waitFor, type Browser } from './harness';
import { audit, report } from './harness-axe';
import { seedThroughPage } from '../../scripts/lib/bench-libpage-seed';

const N = 10_000;
const bundle = libpageBundle(N);
const yearOf = (c: (typeof bundle.clips)[number]) => Number((c.policy.writtenDate || c.policy.publishDate).slice(0, 4));
const expected = bundle.clips.filter((c) => c.policy.issuer === '国务院' && yearOf(c) === 2019);

const rows = (page: Page) => page.locator('.lib-body [role="row"]');
const count = (page: Page) => page.locator('.lib-count').innerText();
const facet = (page: Page, key: string, name: string) =>
  page
    .locator(`section[aria-labelledby="facet-${key}"] .lib-facet-value`)
    .filter({ has: page.locator('.lib-facet-name', { hasText: new RegExp(`^${name}$`) }) });

describe('library page (library.html)', () => {
  let b: Browser;
  let page: Page;
  let base: string;
  before(async () => {
    b = await launchWithExtension(BUILD_E2E);
    base = `chrome-extension://${b.extId}/library.html`;
    page = await b.context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${base}?lang=en`);
    await page.locator('.lib-empty').waitFor(); // Dexie has made the stores
    await seedThroughPage(page, bundle);
    await page.reload();
    await rows(page).first().waitFor({ timeout: 30_000 });
  });
  after(() => b.close());

  it('shows 10,000 clips but renders only the rows on screen', async () => {
    // the newest rows paint first; the count follows once the whole table is read
    await waitFor(async () => (await count(page)) === `${N} of ${N} clips`, 'the whole table');
    const rendered = await rows(page).count();
    assert.ok(rendered > 10 && rendered < 80, `${rendered} rows in the DOM`);
    assert.equal(await page.getByRole('grid').getAttribute('aria-rowcount'), String(N + 1));
  });

  it('filters by 发文机关 and year, keeps the view in the URL across a reload, and sorts by 文号', async () => {
    await facet(page, 'issuer', '国务院').click();
    await facet(page, 'year', '2019').click();
    await waitFor(async () => (await count(page)) === `${expected.length} of ${N} clips`, `${expected.length} rows`);
    const hash = decodeURIComponent(new URL(page.url()).hash);
    assert.match(hash, /issuer=国务院/);
    assert.match(hash, /year=2019/);
    await page.reload();
    await waitFor(async () => (await count(page)) === `${expected.length} of ${N} clips`, 'the view after a reload');
    assert.equal(await page.locator('.lib-chips .chip').count(), 2, 'one chip per facet');
    // the year facet's counts are over the 国务院 clips only
    const y2019 = await facet(page, 'year', '2019').locator('.lib-facet-count').innerText();
    assert.equal(Number(y2019), expected.length);

    const header = page.getByRole('columnheader', { name: 'Doc. No.' });
    await header.getByRole('button').click();
    assert.equal(await header.getAttribute('aria-sort'), 'ascending');
    const shown = await rows(page).locator('.lib-col-docNumber').allInnerTexts();
    assert.ok(shown.length >= 5);
    assert.deepEqual(shown, [...shown].sort(compareDocNumbers), 'rows in 文号 order');
    assert.deepEqual(
      shown.slice(0, 3),
      expected
        .map((c) => c.policy.docNumber)
        .sort(compareDocNumbers)
        .slice(0, 3),
    );
  });

  it('selects a range with shift-click and exports it', async () => {
    await rows(page).nth(1).click();
    await rows(page)
      .nth(5)
      .click({ modifiers: ['Shift'] });
    await page.getByText('5 selected', { exact: true }).waitFor();
    assert.equal(await page.locator('.lib-body [role="row"][aria-selected="true"]').count(), 5);
    const picked = await page
      .locator('.lib-body [role="row"][aria-selected="true"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    await page.getByRole('button', { name: 'Export selection…' }).click();
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSL-JSON (Zotero)', exact: true }).click(),
    ]);
    const items = JSON.parse(readFileSync(await dl.path(), 'utf8')) as { title: string }[];
    const titles = bundle.clips.filter((c) => picked.includes(c.id)).map((c) => c.title);
    assert.deepEqual(items.map((i) => i.title).sort(), titles.sort());
    // the same selection as Word with the full document (the default), opened as a Word user would (mammoth)
    const [word] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Word (.docx)', exact: true }).click(),
    ]);
    const text = (await mammoth.extractRawText({ buffer: readFileSync(await word.path()) })).value;
    for (const c of bundle.clips.filter((x) => picked.includes(x.id))) {
      assert.ok(text.includes(c.title), `the title of ${c.id} in the Word file`);
      const body = bundle.bodies.find((b) => b.clipId === c.id)!;
      assert.ok(text.includes(body.text.split('\n')[1]!.slice(0, 20)), `the text of ${c.id} in the Word file`);
    }
  });

  it('deletes the selection with undo: the clips come back', async () => {
    // the Delete key on a focused row does the same (component test); here the bulk bar's button
    await page.getByRole('button', { name: 'Delete selected' }).click();
    await waitFor(async () => (await count(page)) === `${expected.length - 5} of ${N - 5} clips`, 'deleted');
    await page.getByRole('button', { name: 'Undo' }).click();
    await waitFor(async () => (await count(page)) === `${expected.length} of ${N} clips`, 'restored');
  });

  for (const lang of ['en', 'zh-CN'] as const)
    for (const scheme of ['light', 'dark'] as const)
      it(`has no serious axe violation, and a screenshot (${lang}, ${scheme})`, async () => {
        const p = await b.context.newPage();
        await p.setViewportSize({ width: 1400, height: 900 });
        await p.emulateMedia({ colorScheme: scheme });
        await p.goto(`${base}?lang=${lang}#issuer=${encodeURIComponent('国务院')}&sort=docNumber&dir=asc`);
        await rows(p).first().waitFor();
        await rows(p).first().click();
        await p.locator('.lib-preview .lib-card-title').waitFor();
        await p.screenshot({ path: artifact(`libpage-${lang}-${scheme}.png`) });
        const found = await audit(p);
        await p.close();
        assert.equal(found.length, 0, `library ${lang} ${scheme}:\n${report(found)}`);
      });
});
