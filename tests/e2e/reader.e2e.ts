/**
 * The reader view in Chromium: a fixture clipped through the popup, opened at reader.html?clip=ID; outline clicks
 * scroll to the heading, the section being read is followed, a highlight is made with the toolbar and painted again
 * (CSS.highlights) after a reload, printing paints <mark>s, stored hostile HTML stays dead. Screenshots in English
 * and Chinese, light and dark, wide and narrow, and a PDF are saved in test-results/.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import {
  artifact,
  BUILD_E2E,
  clipFromPopup,
  launchWithExtension,
  openPopup,
  PageServer,
  readClips,
  readStores,
  tabIdOf,
  waitFor,
  type Browser,
} from './harness';

const server = new PageServer();
before(() => server.start());
after(() => server.stop());

const TITLE = '国务院办公厅关于加快推进城市更新行动的通知';
const PASSAGE =
  '2.完善配套设施。结合改造同步推进加装电梯、无障碍设施建设、停车设施和充电设施建设，补齐养老、托育、助餐、便民商业等社区服务设施短板，推动建设完整社区。';

/** Texts painted through the CSS Custom Highlight API, by highlight name. */
const painted = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((h, name) => (out[name] = [...(h as unknown as Set<Range>)].map((r) => r.toString())));
    return out;
  });
const headingTop = (page: Page, text: string) =>
  page.evaluate((t) => {
    const el = [...document.querySelectorAll('.reader-body [id^="cm-h-"]')].find((e) => e.textContent?.startsWith(t));
    return el ? el.getBoundingClientRect().top : null;
  }, text);

describe('reader view (test build)', () => {
  let b: Browser;
  let clipId = '';
  let base = '';
  before(async () => {
    b = await launchWithExtension(BUILD_E2E);
    base = `chrome-extension://${b.extId}/reader.html`;
    const page = await b.context.newPage();
    await page.goto(server.url('/zh-outline-notice/'));
    const popup = await openPopup(b, await tabIdOf(b, page));
    await clipFromPopup(popup, TITLE);
    clipId = (await readClips(popup))[0]!.id;
    await popup.close();
    await page.close();
  });
  after(() => b.close());

  it('shows the document with its metadata and outline, and scrolls to a heading when an entry is clicked', async () => {
    const page = await b.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}?clip=${clipId}&lang=en`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    assert.equal(await page.title(), TITLE);
    const card = page.getByRole('region', { name: 'Document details' });
    for (const v of ['国务院办公厅', '国办发〔2025〕9号', '000014349/2025-00031', '2025-03-18', '2025-03-21'])
      await card.getByText(v, { exact: true }).first().waitFor();
    const tree = page.getByRole('tree', { name: 'Outline' });
    assert.ok((await tree.getByRole('treeitem').count()) > 10);

    for (const [entry, heading] of [
      ['政策支持', '三、政策支持'],
      ['加强组织领导', '（一）加强组织领导'],
      ['总体要求', '一、总体要求'],
    ] as const) {
      await tree.getByRole('treeitem').filter({ hasText: entry }).first().click();
      const top = await waitFor(async () => {
        const y = await headingTop(page, heading);
        return y !== null && Math.abs(y) <= 20 ? String(y) : null;
      }, `${heading} scrolled to the top`);
      assert.ok(Math.abs(Number(top)) <= 20, `${heading} at ${top}`);
      // The section being read is followed in the outline.
      await waitFor(async () => ((await tree.locator('[aria-current]').textContent()) ?? '').includes(entry), `${entry} marked current`);
    }
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await waitFor(async () => ((await tree.locator('[aria-current]').textContent()) ?? '') !== '', 'a current entry after scrolling');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('highlights a selection with the toolbar, repaints it after a reload, and prints it as marks', async () => {
    const page = await b.context.newPage();
    await page.goto(`${base}?clip=${clipId}&lang=en`);
    await page.locator('.reader-body').getByText(PASSAGE).click({ clickCount: 3 });
    const bar = page.getByRole('toolbar', { name: 'Highlight the selection' });
    await bar.waitFor();
    await page.screenshot({ path: artifact('reader-toolbar.png') });
    await bar.getByRole('button', { name: 'Green' }).click();
    await waitFor(async () => (await painted(page))['clausemark-green']?.length === 1, 'the highlight to be painted');
    assert.deepEqual((await painted(page))['clausemark-green'], [PASSAGE]);
    const [h] = (await readStores(page, ['highlights'])).highlights as {
      clipId: string;
      selectors: { quote: string; outlinePath: string[] };
    }[];
    assert.equal(h!.clipId, clipId);
    assert.equal(h!.selectors.quote, PASSAGE);
    assert.deepEqual(h!.selectors.outlinePath, ['二、重点任务', '（一）推进老旧小区改造', '2.完善配套设施']);

    // A note through the margin card.
    await page.getByRole('complementary', { name: 'Highlights and notes' }).getByRole('button').first().click();
    const editor = page.getByRole('dialog', { name: 'Edit highlight' });
    await editor.getByRole('textbox', { name: 'Note' }).fill('加装电梯是重点');
    await editor.getByRole('button', { name: 'Save note' }).click();
    await page.getByRole('complementary').getByText('加装电梯是重点').waitFor();

    await page.reload();
    await waitFor(async () => (await painted(page))['clausemark-green']?.length === 1, 'the highlight painted after reload');
    assert.deepEqual((await painted(page))['clausemark-green'], [PASSAGE]);
    await page.evaluate(() => document.getElementById('cm-h-7')?.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: artifact('reader-highlight.png') });
    // A click on the painted text opens its editor, with its colour pressed; Escape closes it.
    await page
      .locator('.reader-body')
      .getByText(PASSAGE)
      .click({ position: { x: 40, y: 8 } });
    const dialog = page.getByRole('dialog', { name: 'Edit highlight' });
    assert.equal(await dialog.getByRole('button', { name: 'Green' }).getAttribute('aria-pressed'), 'true');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // Printing: highlights become <mark>s (custom highlights are not reliably printed); the screen comes back after.
    await page.emulateMedia({ media: 'print' });
    await waitFor(async () => (await page.locator('mark.clausemark-mark').count()) > 0, 'marks for print');
    assert.equal(await page.locator('mark.clausemark-mark').evaluateAll((ms) => ms.map((m) => m.textContent).join('')), PASSAGE);
    assert.equal(await page.locator('.reader-sidebar').isVisible(), false);
    await page.screenshot({ path: artifact('reader-print-emulated.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await waitFor(async () => (await page.locator('mark.clausemark-mark').count()) === 0, 'marks gone after print');
    assert.deepEqual((await painted(page))['clausemark-green'], [PASSAGE]);
    // Chromium's own print path: what is painted when the PDF is laid out (listeners run in order, the reader's first).
    await page.evaluate(() =>
      addEventListener(
        'beforeprint',
        () =>
          ((window as { marksAtPrint?: string }).marksAtPrint = [...document.querySelectorAll('mark.clausemark-mark')]
            .map((m) => m.textContent)
            .join('')),
      ),
    );
    try {
      writeFileSync(artifact('reader.pdf'), await page.pdf({ printBackground: false }));
      assert.equal(await page.evaluate(() => (window as { marksAtPrint?: string }).marksAtPrint), PASSAGE);
    } catch (e) {
      if (!/not supported|only supported|headless/i.test((e as Error).message)) throw e;
      console.log(`# no PDF in this mode: ${(e as Error).message.split('\n')[0]}`);
    }
    await page.close();
  });

  it('takes screenshots in English and Chinese, light and dark, wide and narrow, with no serious axe findings', async () => {
    const page = await b.context.newPage();
    const findings: string[] = [];
    for (const lang of ['en', 'zh-CN'] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(`${base}?clip=${clipId}&lang=${lang}`);
        await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
        await page.getByRole('button', { name: lang === 'en' ? 'Print' : '打印' }).waitFor();
        await page.screenshot({ path: artifact(`reader-${lang}-${colorScheme}.png`) });
        const { violations } = await new AxeBuilder({ page }).analyze();
        for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical'))
          findings.push(`${lang}/${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
    }
    assert.deepEqual(findings, []);
    await page.setViewportSize({ width: 420, height: 800 });
    assert.equal(await page.getByRole('tree').isVisible(), false, 'the outline hides behind a button');
    const toggle = page.getByRole('button', { name: /目录/ });
    await toggle.click();
    await page.getByRole('tree').waitFor();
    await page.screenshot({ path: artifact('reader-zh-CN-narrow-outline.png') });
    await page.keyboard.press('Escape'); // focus went into the tree; Escape gives it back to the button
    await page.getByRole('tree').waitFor({ state: 'hidden' });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await page.close();
  });

  it('says so for a clip that does not exist, and leaves stored hostile HTML dead', async () => {
    const page = await b.context.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => (dialogs++, void d.dismiss()));
    await page.goto(`${base}?clip=nope&lang=en`);
    await page.getByRole('alert').filter({ hasText: 'does not exist' }).waitFor();

    // A body written straight into IndexedDB, as an old build or a crafted backup could have left it.
    const evil = `<p>正文开始</p><img src="x" onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2</script><a href="javascript:window.__pwned=3">链接</a><svg><script>window.__pwned=4</script></svg><p>正文结束</p>`;
    await page.evaluate(
      ([html]) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('clausemark');
          req.onsuccess = () => {
            const tx = req.result.transaction(['clips', 'clipBodies'], 'readwrite');
            const now = Date.now();
            const policy = {
              issuer: '',
              docNumber: '',
              indexNumber: '',
              subject: '',
              writtenDate: '',
              publishDate: '',
              source: '',
              author: '',
            };
            tx.objectStore('clips').put({
              id: 'evil',
              url: 'https://evil.example/',
              canonicalUrl: 'https://evil.example/',
              title: 'Evil',
              siteName: 'evil',
              byline: '',
              lang: 'en',
              publishedTime: '',
              excerpt: '',
              policy,
              charCount: 4,
              contentHash: 'x',
              mode: 'article',
              savedAt: now,
              updatedAt: now,
              highlightCount: 0,
            });
            tx.objectStore('clipBodies').put({ clipId: 'evil', html, text: '正文开始 正文结束', outline: [] });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        }),
      [evil],
    );
    await page.goto(`${base}?clip=evil&lang=en`);
    await page.locator('.reader-body').getByText('正文结束').waitFor();
    await page.locator('.reader-body a').click();
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await page.evaluate(() => (window as { __pwned?: number }).__pwned), undefined);
    assert.equal(dialogs, 0);
    assert.equal(await page.locator('.reader-body script, .reader-body [onerror]').count(), 0);
    await page.close();
  });
});
