/** The popup's library in Chromium: a collection made and filled from the popup, exported from it, and full-text search. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { artifact, BUILD_E2E, clipFromPopup, launchWithExtension, openPopup, PageServer, tabIdOf, type Browser } from './harness';

const CLIPPED = [
  { path: '/zh-cms-article/', title: '推动数字经济和实体经济深度融合' },
  { path: '/en-news-article/', title: 'Council approves new data protection rules' },
];
const COLLECTION = '研究 2026';
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}

describe('library in the popup', () => {
  const server = new PageServer();
  let b: Browser;
  let popup: Page;
  before(async () => {
    await server.start();
    b = await launchWithExtension(BUILD_E2E);
    for (const c of CLIPPED) {
      const page = await b.context.newPage();
      await page.goto(server.url(c.path));
      const clipper = await openPopup(b, await tabIdOf(b, page));
      await clipFromPopup(clipper, c.title);
      await clipper.close();
    }
    popup = await b.context.newPage();
    await popup.setViewportSize({ width: 460, height: 760 });
    await popup.goto(`chrome-extension://${b.extId}/popup.html?lang=en`);
    for (const c of CLIPPED) await popup.locator('.clip-row').getByText(c.title, { exact: true }).waitFor();
  });
  after(async () => {
    await b.close();
    await server.stop();
  });

  it('creates a collection, adds both clips to it, and exports it as Markdown and CSV', async () => {
    await popup.getByText('Collections (0)').click();
    await popup.getByLabel('New collection').fill(COLLECTION);
    await popup.getByRole('button', { name: 'Create', exact: true }).click();
    await popup.getByText('Collections (1)').waitFor();

    await popup.getByRole('checkbox', { name: 'Select all shown' }).check();
    const bar = popup.getByRole('region', { name: 'Selected clips' });
    await bar.getByText('2 selected').waitFor();
    await bar.getByLabel('Add to collection…').selectOption({ label: COLLECTION });
    await bar.getByRole('button', { name: 'Add', exact: true }).click();
    await popup.getByText(`Added 2 clips to “${COLLECTION}”.`).waitFor();
    await popup.getByRole('button', { name: 'Clear selection' }).click();

    // pick the collection: the list is filtered on it and it becomes the export's scope
    await popup.getByRole('button', { name: `${COLLECTION} (2)` }).click();
    await popup.getByText(`In “${COLLECTION}”`).waitFor();
    await popup.getByText('Export', { exact: true }).click();
    assert.equal(await popup.getByLabel('What to export').inputValue(), 'collection');
    await popup.screenshot({ path: artifact('popup-library-collection.png'), fullPage: true });

    const zip = await download(popup, 'Markdown (.zip)');
    assert.equal(zip.name, `clausemark-研究-2026-${today()}.zip`);
    const files = Object.values(unzipSync(new Uint8Array(zip.bytes))).map((f) => strFromU8(f));
    assert.equal(files.length, 2);
    for (const c of CLIPPED) {
      const md = files.find((f) => f.includes(`title: "${c.title}"`));
      assert.ok(md, `front matter of ${c.title}`);
      assert.ok(md.includes(COLLECTION), `${c.title} names its collection`);
    }
    const csv = await download(popup, 'Highlights (.csv)');
    assert.equal(csv.name, `clausemark-highlights-研究-2026-${today()}.csv`);
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(
      csv.bytes.toString('utf8').slice(1).split('\r\n')[0],
      '"Clip title","Document number","Issuer","Date written","Section","Quote","Note","Colour","URL","Clipped"',
    );
  });

  it("finds a word from one page's body: only that clip, with a marked snippet", async () => {
    const chip = popup.getByRole('button', { name: /^Remove filter: In / });
    if (await chip.count()) await chip.click();
    await popup.getByRole('searchbox', { name: 'Search the library' }).fill('councillor');
    await popup.getByText('1 result', { exact: true }).waitFor();
    const rows = popup.locator('.library .clip-row');
    assert.equal(await rows.count(), 1);
    assert.equal(await rows.locator('.clip-title').textContent(), CLIPPED[1]!.title);
    const marks = await rows.locator('.snippet mark').allTextContents();
    assert.ok(
      marks.some((m) => /councillor/i.test(m)),
      `marked: ${marks.join(' | ')}`,
    );
    await popup.screenshot({ path: artifact('popup-library-search.png'), fullPage: true });

    await popup.getByRole('searchbox').press('Escape');
    await popup.getByText('2 clips', { exact: true }).waitFor();
    const zh = await b.context.newPage();
    await zh.setViewportSize({ width: 460, height: 760 });
    await zh.goto(`chrome-extension://${b.extId}/popup.html?lang=zh-CN`);
    await zh.getByText('共 2 篇').waitFor();
    await zh.screenshot({ path: artifact('popup-library-zh.png'), fullPage: true });
  });
});
