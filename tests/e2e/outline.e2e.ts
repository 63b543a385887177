/** The popup's outline tree and click-to-scroll, on a long notice served locally, in the built test extension. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import {
  artifact,
  BUILD_E2E,
  clipFromPopup,
  closedRootPoint,
  launchWithExtension,
  openPopup,
  PageServer,
  readClips,
  tabIdOf,
  waitFor,
  type Browser,
} from './harness';

const server = new PageServer();
before(() => server.start());
after(() => server.stop());

/** The heading is scrolled to and lies wholly inside the page's viewport. */
async function assertInView(page: Page, heading: Locator): Promise<void> {
  await waitFor(async () => (await page.evaluate(() => window.scrollY)) > 1000, 'the page to scroll down');
  const box = await heading.boundingBox();
  const view = page.viewportSize()!;
  assert.ok(box, 'heading has a box');
  assert.ok(box.y >= 0 && box.y + box.height <= view.height, `heading at y=${box.y}..${box.y + box.height} within 0..${view.height}`);
}

describe('outline tree (test build with 127.0.0.1 host access)', () => {
  let b: Browser;
  before(async () => {
    b = await launchWithExtension(BUILD_E2E);
  });
  after(() => b.close());

  it('previews the outline, keeps it after clipping, and scrolls the page to an entry on click and on Enter', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url('/zh-outline-notice/'));
    const popup = await openPopup(b, await tabIdOf(b, page));
    const tree = popup.getByRole('tree', { name: 'Page outline' });

    // Not clipped yet: the outline is read from the page and nothing is stored.
    await popup.getByText('not clipped yet', { exact: false }).waitFor();
    const previewCount = await tree.getByRole('treeitem').count();
    assert.ok(previewCount > 10, `preview has ${previewCount} entries`);
    assert.equal((await readClips(popup)).length, 0);

    await clipFromPopup(popup, '国务院办公厅关于加快推进城市更新行动的通知');
    await popup.getByText(`(${previewCount})`, { exact: true }).waitFor(); // now the stored outline
    const items = tree.getByRole('treeitem');
    assert.equal(await items.first().getAttribute('aria-level'), '1');
    assert.match((await items.first().textContent()) ?? '', /一、总体要求/);
    const last = items.last();
    assert.match((await last.textContent()) ?? '', /（三）做好宣传引导/);
    await popup.screenshot({ path: artifact('popup-outline.png') });

    const heading = page.locator('#UCAP-CONTENT p', { hasText: '（三）做好宣传引导' });
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    await last.click();
    await assertInView(page, heading);
    // Marked briefly by a box of ours over it, in a closed root; the page's element is never restyled.
    const mark = await waitFor(() => closedRootPoint(page, '.flash'), 'the mark');
    const at = (await heading.boundingBox())!;
    assert.ok(mark.y >= at.y && mark.y <= at.y + at.height, `mark at y=${mark.y} over the heading at ${at.y}..${at.y + at.height}`);
    assert.equal(await heading.getAttribute('style'), null);
    await page.screenshot({ path: artifact('page-scrolled-to-heading.png') });
    await waitFor(async () => (await page.locator('clausemark-highlighter').count()) === 0, 'the mark to go away', 4000);
    assert.equal(await last.getAttribute('aria-selected'), 'true');

    // Keyboard: Home, End, Enter.
    await page.evaluate(() => window.scrollTo(0, 0));
    await items.first().focus();
    await popup.keyboard.press('End');
    assert.match((await popup.evaluate(() => document.activeElement?.textContent)) ?? '', /（三）做好宣传引导/);
    await popup.keyboard.press('Enter');
    await assertInView(page, heading);
    await popup.close();
    await page.close();
  });

  it("answers a preview again from the tab's last read, and reads the page anew once it has changed", async () => {
    const page = await b.context.newPage();
    await page.goto(server.url('/zh-outline-notice/?remembered'));
    const tabId = await tabIdOf(b, page);
    // what the background's small function finds in the tab's isolated world (null: nothing remembered)
    const remembered = () =>
      b.sw.evaluate(
        `chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: () => { const e = globalThis[Symbol.for('clausemark.outlinePreview')]; return e && e.lookup ? e.lookup(location.href) : null; } }).then((r) => r[0].result)`,
      ) as Promise<string | null>;
    assert.equal(await remembered(), null);
    let popup = await openPopup(b, tabId);
    const entries = popup.getByRole('tree', { name: 'Page outline' }).getByRole('treeitem');
    await entries.first().waitFor();
    const count = await entries.count();
    const kept = JSON.parse((await remembered()) ?? 'null') as { ok: boolean; value: { outline: unknown[] } };
    assert.equal(kept.ok && kept.value.outline.length >= count, true);
    // the page's own scripts see nothing of it
    assert.equal(await page.evaluate(() => Object.getOwnPropertySymbols(window).length), 0);
    await popup.close();

    await page.evaluate(() => {
      const p = document.createElement('p');
      p.innerHTML = '<strong>五、新增一节</strong>';
      document.querySelector('#UCAP-CONTENT')!.append(p);
    });
    assert.equal(await remembered(), null);
    popup = await openPopup(b, tabId);
    await popup.getByRole('treeitem').filter({ hasText: '五、新增一节' }).waitFor();
    await popup.close();
    await page.close();
  });

  it('says so when the heading is no longer on the page', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url('/zh-outline-notice/'));
    const popup = await openPopup(b, await tabIdOf(b, page));
    await popup.getByRole('button', { name: 'Clip again (update)' }).waitFor();
    await page.evaluate(() =>
      document.querySelectorAll('#UCAP-CONTENT strong').forEach((s) => s.textContent?.startsWith('四、') && s.remove()),
    );
    await popup.getByRole('treeitem').filter({ hasText: '四、组织实施' }).click();
    await popup.getByRole('status').filter({ hasText: 'not found on the page' }).waitFor();
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    await popup.close();
    await page.close();
  });

  it('lands on unnumbered headings, spaced or not (导 言, 结&emsp;语, 附&nbsp;&nbsp;记), as on numbered ones', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url('/zh-spaced-headings/'));
    const popup = await openPopup(b, await tabIdOf(b, page));
    const entry = (name: RegExp) => popup.getByRole('treeitem').filter({ hasText: name }).first();
    const notFound = () => popup.getByRole('status').filter({ hasText: 'not found on the page' }).count();
    // an unnumbered entry's label is null, which Chrome's executeScript args dropped: each was "not found"
    for (const [name, printed] of [
      [/三、下一步/, /^三、下一步的工作思路$/],
      [/结\s语/, /^\s*结\s语\s*$/],
      [/附\s+记/, /^\s*附\s+记\s*$/],
    ] as const) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await entry(name).click();
      const heading = page.locator('.article p', { hasText: printed });
      await waitFor(async () => {
        assert.equal(await notFound(), 0, `${name} not found on the page`);
        const box = await heading.boundingBox();
        return (await page.evaluate(() => window.scrollY)) > 0 && !!box && box.y >= 0 && box.y + box.height <= page.viewportSize()!.height;
      }, `the page to scroll to ${name}`);
    }
    // 导 言 is at the top: from the bottom of the page, a click brings it back into view
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await entry(/导\s言/).click();
    await waitFor(async () => (await page.evaluate(() => window.scrollY)) < 400, 'the page to scroll up to 导 言');
    assert.equal(await notFound(), 0);
    await popup.close();
    await page.close();
  });

  it('on a law with a 目录 before its body, an entry lands on the body heading, not on its 目录 line', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url('/zh-law-with-toc/'));
    const popup = await openPopup(b, await tabIdOf(b, page));
    const entry = popup.getByRole('treeitem').filter({ hasText: '第五章' }).first();
    await entry.click();
    const body = page.locator('#c4');
    await assertInView(page, body);
    // the 目录's line for the same chapter is near the top of the page, scrolled out of view
    const tocLine = (await page.locator('.toc a', { hasText: '第五章' }).boundingBox())!;
    assert.ok(tocLine.y + tocLine.height < 0, `the 目录 line is above the viewport (y=${tocLine.y})`);
    await popup.close();
    await page.close();
  });
});
