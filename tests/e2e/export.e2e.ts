/**
 * Word export with the full document, in Chromium: a collection exported from the popup's library, and the library
 * page (options) in a Chinese UI. The downloaded file is opened with mammoth, as a Word user would read it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import {
  artifact,
  BUILD_E2E,
  clipFromPopup,
  launchWithExtension,
  openPopup,
  PageServer,
  readClips,
  tabIdOf,
  type Browser,
} from './harness';

const TITLE = '推动数字经济和实体经济深度融合';
const QUOTE = '要关闭违法排污企业的线上销售渠道';
const NOTE = '重点：线上渠道的监管';
const BODY = ['数字经济与实体经济深度融合，是把握新一轮科技革命', '一、充分认识深度融合的重大意义', '（作者为国家信息中心研究员）'];
const COLLECTION = '数字经济';

async function downloadWord(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}

async function readWord(bytes: Buffer) {
  const html = (await mammoth.convertToHtml({ buffer: bytes }, { styleMap: ['highlight => mark'] })).value;
  const text = (await mammoth.extractRawText({ buffer: bytes })).value;
  const comments = strFromU8(unzipSync(new Uint8Array(bytes))['word/comments.xml'] ?? new Uint8Array());
  return { html, text, comments };
}

/** A highlight and a collection written straight into the extension's database, as the highlighter would store them. */
async function seed(page: Page, clipId: string, text: string): Promise<void> {
  const start = text.indexOf(QUOTE);
  assert.ok(start > 0, 'the quote is in the clip text');
  const end = start + QUOTE.length;
  const now = Date.now();
  const rows = {
    highlights: [
      {
        id: 'e2e-h1',
        clipId,
        url: '',
        selectors: {
          quote: QUOTE,
          prefix: text.slice(Math.max(0, start - 32), start),
          suffix: text.slice(end, end + 32),
          start,
          end,
          outlinePath: [],
        },
        color: 'pink',
        note: NOTE,
        createdAt: now,
        updatedAt: now,
      },
    ],
    collections: [{ id: 'e2e-col', name: COLLECTION, createdAt: now }],
    memberships: [{ collectionId: 'e2e-col', clipId, addedAt: now }],
  };
  await page.evaluate(
    (all) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('clausemark');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(Object.keys(all), 'readwrite');
          for (const [store, list] of Object.entries(all)) for (const row of list) tx.objectStore(store).put(row);
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

describe('export as Word with the full document', () => {
  const server = new PageServer();
  let b: Browser;
  before(async () => {
    await server.start();
    b = await launchWithExtension(BUILD_E2E);
    const page = await b.context.newPage();
    await page.goto(server.url('/zh-cms-article/'));
    const popup = await openPopup(b, await tabIdOf(b, page));
    await clipFromPopup(popup, TITLE);
    const [clip] = await readClips(popup);
    await seed(popup, clip!.id, clip!.text!);
    await popup.close();
  });
  after(async () => {
    await b.close();
    await server.stop();
  });

  it('from the popup: a collection as Word, with the text, the highlight marked and its note as a comment', async () => {
    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 460, height: 760 });
    await popup.goto(`chrome-extension://${b.extId}/popup.html?lang=en`);
    await popup.locator('.clip-row').getByText(TITLE, { exact: true }).waitFor();
    await popup.getByText('Collections (1)').click();
    await popup.getByRole('button', { name: `${COLLECTION} (1)` }).click();
    await popup.getByText('Export', { exact: true }).click();
    assert.equal(await popup.getByLabel('What to export').inputValue(), 'collection');
    assert.equal(await popup.getByLabel('the full document').isChecked(), true);
    await popup.screenshot({ path: artifact('popup-export-word.png'), fullPage: true });

    const file = await downloadWord(popup, 'Word (.docx)');
    assert.match(file.name, new RegExp(`^clausemark-${COLLECTION}-\\d{4}-\\d{2}-\\d{2}\\.docx$`));
    const word = await readWord(file.bytes);
    for (const s of [TITLE, ...BODY, 'Clausemark report', '1 clip', 'Full text', 'Highlights by section', 'Link'])
      assert.ok(word.text.includes(s), s);
    assert.ok(word.html.includes(`<mark>${QUOTE}</mark>`), 'the highlight is marked in the text');
    assert.ok(word.comments.includes(NOTE), 'the note is a comment');
    assert.ok(word.html.includes(`<h1>${TITLE}</h1>`));
    await popup.close();
  });

  it('from the library page in a Chinese UI: Chinese labels', async () => {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extId}/options.html?lang=zh-CN`);
    await page
      .getByText('全部 1 篇剪藏及其高亮。')
      .waitFor()
      .catch(async () => page.getByRole('button', { name: 'Word（.docx）' }).waitFor());
    assert.equal(await page.getByLabel('完整文档').isChecked(), true);
    const file = await downloadWord(page, 'Word（.docx）');
    const word = await readWord(file.bytes);
    for (const s of ['Clausemark 摘录报告', '共 1 篇', '全文', '链接', '来源', '高亮（按章节）', `批注：${NOTE}`, ...BODY])
      assert.ok(word.text.includes(s), s);
    assert.ok(!/Full text|Document number|Highlights by section/.test(word.text), 'no English labels');
    assert.ok(word.html.includes(`<mark>${QUOTE}</mark>`));

    // highlights only, chosen here, is remembered and leaves the text out
    await page.getByLabel('仅高亮').check();
    const short = await readWord((await downloadWord(page, 'Word（.docx）')).bytes);
    assert.ok(short.text.includes(QUOTE) && !short.text.includes(BODY[0]!), 'highlights only');
    await page.reload();
    await page.getByRole('button', { name: 'Word（.docx）' }).waitFor();
    assert.equal(await page.getByLabel('仅高亮').isChecked(), true);
    await page.screenshot({ path: artifact('options-export-zh.png'), fullPage: true });
    await page.close();
  });
});
