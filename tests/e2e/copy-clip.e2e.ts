/**
 * "Copy citation" and "Copy as Markdown" in the reader, in Chromium with the built extension: the reference is
 * rendered by citeproc-js from the bundled styles (loaded on the click) and lands on the real clipboard, in GB/T
 * 7714 for the Chinese UI and in APA once picked; the Markdown is the export's.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BUILD_E2E, clipFromPopup, launchWithExtension, openPopup, PageServer, readClips, tabIdOf, waitFor, type Browser } from './harness';

const server = new PageServer();
before(() => server.start());
after(() => server.stop());

const TITLE = '国务院办公厅关于加快推进城市更新行动的通知';

describe('copy buttons in the reader (test build)', () => {
  let b: Browser;
  let clipId = '';
  before(async () => {
    b = await launchWithExtension(BUILD_E2E);
    const page = await b.context.newPage();
    await page.goto(server.url('/zh-outline-notice/'));
    const popup = await openPopup(b, await tabIdOf(b, page));
    await clipFromPopup(popup, TITLE);
    clipId = (await readClips(popup))[0]!.id;
    await popup.close();
    await page.close();
  });
  after(() => b.close());

  it('copies a GB/T 7714 reference (zh-CN), an APA one once picked, and the clip as Markdown', async () => {
    const page = await b.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`chrome-extension://${b.extId}/reader.html?clip=${clipId}&lang=zh-CN`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.bringToFront();
    // what a user gets: Ctrl+V into a text box (the extension has no clipboardRead permission to ask it directly)
    const clipboard = async () => {
      await page.evaluate(() => {
        document.getElementById('paste-here')?.remove();
        const box = Object.assign(document.createElement('textarea'), { id: 'paste-here' });
        document.body.append(box);
        box.focus();
      });
      await page.keyboard.press('Control+V');
      const text = await page.locator('#paste-here').inputValue();
      await page.evaluate(() => document.getElementById('paste-here')?.remove());
      return text;
    };
    const url = server.url('/zh-outline-notice/');
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });

    await page.getByRole('button', { name: `复制《${TITLE}》的引文` }).click();
    await page.getByText('引文已复制。').waitFor();
    assert.equal(await clipboard(), `国务院办公厅. ${TITLE}: 国办发〔2025〕9号[A/OL]. (2025-03-21)[${today}]. ${url}.`);

    await page.getByRole('combobox', { name: '引文格式' }).selectOption('apa');
    await page.getByRole('button', { name: `复制《${TITLE}》的引文` }).click();
    await waitFor(async () => (await clipboard()).startsWith(`${TITLE}, 国办发〔2025〕9号, 国务院办公厅 (2025).`), 'the APA reference');

    await page.getByRole('button', { name: `将《${TITLE}》复制为 Markdown` }).click();
    await page.getByText('Markdown 已复制。').waitFor();
    const md = await clipboard();
    assert.ok(md.startsWith(`---\ntitle: "${TITLE}"\nurl: "${url}"\ntype: "document"\n`), md.slice(0, 200));
    assert.match(md, /\ndoc_number: "国办发〔2025〕9号"\n/);
    assert.match(md, /\n## 一、总体要求\n/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
