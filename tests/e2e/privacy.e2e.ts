/**
 * The live-page highlighter reveals nothing to the page. A hostile page (tests/e2e/hostile-page.ts) records all it
 * can see while the user highlights a passage with the toolbar, writes a note with real key presses in the note
 * frame, reloads and gets the highlights painted again; between the steps it fires synthetic clicks at every piece of
 * its text and reads the DOM. Its log must hold neither a highlighted passage, nor the note, nor a keystroke, while
 * the highlights and the note are really stored and painted (counted through CDP inside the closed root). On the
 * production build, a real Alt+Shift+H on a page without highlights leaves no element, attribute or style at all.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  artifact,
  BUILD_E2E,
  BUILD_PROD,
  clickInClosedRoot,
  closedRootPoint,
  launchWithExtension,
  openPopup,
  PAGES,
  PageServer,
  paintedCount,
  pressKeys,
  readStores,
  tabIdOf,
  waitFor,
  type Browser,
} from './harness';
import { hostile, pageLog } from './hostile-page';
import { GREEN, LAW_HTML, NOTED, NOTED_QUOTE, PATH, SECRET } from './harness-hostile-law';
import { assertNothingLeaked, noteFrame, paintedTexts, selectParagraph, type StoredHighlight } from './harness-privacy';

const server = new PageServer();
before(() => server.start());
after(() => server.stop());

describe('privacy of the live-page highlighter (test build)', () => {
  let b: Browser;
  before(async () => {
    b = await launchWithExtension(BUILD_E2E);
    server.overrides.set(PATH, hostile(LAW_HTML));
  });
  after(async () => {
    server.overrides.delete(PATH);
    await b.close();
  });

  it('a hostile page learns neither the passages, nor the note, nor its keystrokes', async () => {
    server.posts.length = 0;
    const page = await b.context.newPage();
    // No taller than the real window's content area (the automation infobars take some of it): the browser routes
    // no input to a cross-origin frame drawn below that, and the note frame may open low on the page.
    await page.setViewportSize({ width: 1200, height: 620 });
    await page.goto(server.url(PATH));
    const tabId = await tabIdOf(b, page);
    const popup = await openPopup(b, tabId);
    await waitFor(async () => (await paintedTexts(b, tabId)) !== null, 'the highlighter to be injected');
    await page.bringToFront();

    // A colour from the toolbar, clicked with the mouse (the toolbar is in a closed root).
    await selectParagraph(page, GREEN);
    await clickInClosedRoot(page, 'button[aria-label="Green"]');
    await waitFor(async () => (await paintedCount(page)) === 1, 'the green highlight to be painted');

    // "Note": the passage is saved, and the note is typed in the extension's frame with real key presses.
    await selectParagraph(page, NOTED);
    await clickInClosedRoot(page, 'button[aria-label="Note"]');
    const frame = await waitFor(async () => noteFrame(page), 'the note frame');
    const area = frame.getByRole('textbox', { name: 'Note' });
    await area.waitFor();
    await area.click();
    await page.keyboard.type(SECRET, { delay: 15 });
    await page.screenshot({ path: artifact('privacy-note-frame.png') });
    await frame.getByRole('button', { name: 'Save note' }).click();
    await waitFor(async () => !noteFrame(page), 'the note frame to close after saving');
    await waitFor(async () => (await paintedCount(page)) === 2, 'both highlights painted');
    const stored = (await readStores(popup, ['highlights'])).highlights as StoredHighlight[];
    assert.deepEqual(
      stored.map((h) => [h.selectors.quote, h.color, h.note]).sort(),
      [
        [GREEN, 'green', ''],
        [NOTED_QUOTE, 'yellow', SECRET],
      ].sort(),
    );
    assert.deepEqual((await paintedTexts(b, tabId))!.map((p) => p.text).sort(), [GREEN, NOTED].sort());

    assert.ok(
      (await page.evaluate(() => (window as unknown as { __probe(): Promise<number> }).__probe())) > 100,
      'the page probed its text',
    );

    // Next visit: painted again when the popup opens; the page probes again, then the user opens the note.
    await page.reload();
    await popup.reload();
    await waitFor(async () => (await paintedCount(page)) === 2, 'the highlights painted after the reload');
    await page.bringToFront();
    assert.ok((await page.evaluate(() => (window as unknown as { __probe(): Promise<number> }).__probe())) > 100);
    assert.equal(noteFrame(page), undefined, 'synthetic clicks opened nothing');

    // A real click on the painted passage opens its note (so the probe's clicks were on target).
    const at = await page.evaluate((t) => {
      const p = Array.from(document.querySelectorAll('p')).find((x) => x.textContent === t)!;
      const r = document.createRange();
      r.setStart(p.firstChild!, 2);
      r.setEnd(p.firstChild!, 4);
      const box = r.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, NOTED);
    await page.mouse.click(at.x, at.y);
    const again = await waitFor(async () => noteFrame(page), 'the note frame on a real click');
    await waitFor(
      async () =>
        (await again
          .getByRole('textbox', { name: 'Note' })
          .inputValue()
          .catch(() => '')) === SECRET,
      'the saved note in the frame',
    );
    await again.getByRole('textbox', { name: 'Note' }).press('Escape');
    await waitFor(async () => !noteFrame(page), 'Esc to close the note frame');

    await page.evaluate(() => (window as unknown as { __probe(): Promise<number> }).__probe());
    await page.close(); // pagehide sends the rest
    await popup.close();
    const log = pageLog(server.posts);
    assert.ok(
      log.some((e) => e.kind === 'probe-clicks'),
      'the page did send its log',
    );
    assertNothingLeaked(log);
  });
});

describe('privacy on a page without highlights (production build)', () => {
  let b: Browser;
  before(async () => {
    b = await launchWithExtension(BUILD_PROD);
    server.overrides.set('/hostile-plain/', hostile(readFileSync(join(PAGES, 'en-news-article', 'source.html'), 'utf8')));
  });
  after(async () => {
    server.overrides.delete('/hostile-plain/');
    await b.close();
  });

  it(
    'the shortcut injects the highlighter, which adds no element, attribute or style',
    { skip: !process.env.DISPLAY && 'needs a display (run under xvfb-run)' },
    async () => {
      server.posts.length = 0;
      const page = await b.context.newPage();
      await page.goto(server.url('/hostile-plain/'));
      const title = await page.title();
      const cdp = await page.context().newCDPSession(page);
      const worlds: { origin: string; auxData?: { type?: string } }[] = [];
      cdp.on('Runtime.executionContextCreated', (e: { context: { origin: string; auxData?: { type?: string } } }) =>
        worlds.push(e.context),
      );
      await cdp.send('Runtime.enable');
      await page.bringToFront();
      // Under load the X key press can reach the window before it has focus and be lost: press again (harmless here, as
      // nothing is selected) until the extension runs in the page.
      const injected = () => worlds.some((w) => w.auxData?.type === 'isolated' && w.origin.includes(b.extId));
      for (let attempt = 1; attempt <= 4 && !injected(); attempt++) {
        await page.bringToFront();
        pressKeys(title, 'alt+shift+h');
        await waitFor(async () => injected(), 'the extension to run in the page', 6_000).catch((e: unknown) => {
          if (attempt === 4) throw e;
        });
      }
      await page.waitForTimeout(1500);
      await page.evaluate(() => (window as unknown as { __probe(): Promise<number> }).__probe());
      assert.equal(await paintedCount(page), 0);
      await cdp.detach();
      await page.close();
      const log = pageLog(server.posts);
      assert.ok(
        log.some((e) => e.kind === 'probe-clicks'),
        'the page did send its log',
      );
      assert.deepEqual(
        log.filter((e) => e.kind === 'mutation'),
        [],
        'the page saw no change to its DOM',
      );
      const atLoad = log.find((e) => e.kind === 'html-attrs-at-load')?.data;
      for (const e of log.filter((x) => x.kind === 'html-attrs')) assert.deepEqual(e.data, atLoad);
      // (Key events are not checked here: the shortcut's own presses reach the page as any key press does.)
      assert.deepEqual(
        log.filter((e) => /^css-highlights|^shadow-|^attachShadow|^message$/.test(e.kind)),
        [],
      );
      const styles = log.filter((e) => e.kind === 'styles').map((e) => JSON.stringify(e.data));
      assert.ok(
        styles.every((s) => !/clausemark/i.test(s)),
        'no style of ours',
      );
    },
  );
});
