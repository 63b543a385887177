/**
 * Issue 18 in a real Firefox, by the page menu: a right click on the PDF in Firefox's pdf.js viewer, **Clip page to
 * Clausemark**, Firefox's own permission prompt for the PDF's site (asked inside the menu click, since Firefox's
 * activeTab does not reach the site) answered with **Allow** — every click an X mouse event — and the clip is stored.
 * The browser window is read (system access) only to find where the menu item and the prompt's button are.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readClips, ROOT, waitFor } from './harness';
import {
  asEvaluator,
  chromeEval,
  clickOnScreen,
  findFirefox,
  launchFirefox,
  outcomeOf,
  PDF_TITLE,
  pdfServer,
  type Firefox,
} from './harness-firefox';

type Rect = { x: number; y: number; w: number; h: number };
/** the screen rectangle of the first element the expression (in the browser window) finds, as JSON; null if none */
const rectOf = (find: string) =>
  `(() => { const e = ${find}; if (!e) return null; const r = e.getBoundingClientRect();
    return JSON.stringify({ x: e.screenX, y: e.screenY, w: r.width, h: r.height }); })()`;

const firefox = findFirefox();

describe('a PDF in Firefox’s viewer, clipped from the page menu (real Firefox)', { skip: 'skip' in firefox && firefox.skip }, () => {
  let ff: Firefox;
  const srv = pdfServer();
  before(async () => {
    execFileSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore' });
    await new Promise<void>((r) => srv.server.listen(0, '127.0.0.1', r));
    ff = await launchFirefox('path' in firefox ? firefox.path : '', {}, true); // prompts on, as a user has them
  });
  after(async () => {
    await ff?.close();
    await new Promise((r) => srv.server.close(r));
  });

  it('asks for the PDF’s site in the menu click, and clips once it is allowed', { timeout: 180_000 }, async () => {
    const probe = await ff.extensionPage('popup.html?lang=en');
    const pdfTab = await ff.browser.newPage();
    await pdfTab.goto(srv.url());
    await waitFor(async () => (await pdfTab.title()).includes(PDF_TITLE), 'the viewer showing the PDF', 20_000);
    await pdfTab.bringToFront();
    const tabId = await waitFor(() => probe.evaluate(async () => (await browser.tabs.query({ active: true }))[0]?.id), 'the PDF tab');
    const x = (...args: string[]) => execFileSync('xdotool', args, { encoding: 'utf8' }).trim();
    const win = x('search', '--name', 'law.pdf').split('\n').pop()!;
    x('windowfocus', '--sync', win);

    const menuItem = rectOf(`[...document.querySelectorAll('#contentAreaContextMenu menuitem')]
      .find((i) => !i.hidden && i.label === 'Clip page to Clausemark')`);
    const item = await waitFor(async () => {
      x('mousemove', '--window', win, '600', '500', 'click', '3'); // on the page, in the viewer
      return waitFor(() => chromeEval<string | null>(ff.browser, menuItem), 'the page menu', 3_000).catch(() => null);
    }, 'our item in the page menu');
    clickOnScreen(JSON.parse(item) as Rect);

    const allow = rectOf(`document.querySelector('#notification-popup popupnotification[id^="addon-webext-permissions"]')?.button`);
    const button = await waitFor(() => chromeEval<string | null>(ff.browser, allow), 'Firefox’s permission prompt', 15_000);
    const prompt = await chromeEval<string>(ff.browser, `PopupNotifications.panel.textContent.replace(/\\s+/g, ' ')`);
    assert.match(prompt, /127\.0\.0\.1/, `the prompt names the PDF's site: ${prompt}`);
    clickOnScreen(JSON.parse(button) as Rect);

    const done = await waitFor(() => outcomeOf(probe, tabId), 'the clip’s outcome', 60_000);
    assert.equal(done.result.ok, true, JSON.stringify(done.result));
    const clips = (await readClips(asEvaluator(probe))).filter((c) => c.url === srv.url());
    assert.equal(clips.length, 1);
    assert.equal(clips[0]!.title, PDF_TITLE);
    assert.ok(clips[0]!.text!.includes('第一条'), 'the text of the law');
    const granted = await probe.evaluate(() => browser.permissions.getAll());
    assert.deepEqual(granted.origins, ['http://127.0.0.1/*'], 'that one site, nothing wider');
  });
});
