/**
 * The reader does not phone home, and stored HTML cannot pass for its UI (production build). A clip written
 * straight into IndexedDB (as an old build or a crafted backup could leave it) holds a tracking pixel, a video with
 * autoplay, a poster, sources and a track, an audio element, and elements with the reader's own ids and classes,
 * all pointing at the local page server: opening it must send that server nothing, the lookalikes must not be found
 * or styled as the reader's parts, outline clicks must still scroll, and the pixel is fetched only after "Load
 * images". The extension pages' CSP is in both built manifests and blocks connections, media and frames at run time.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { artifact, BUILD_E2E, BUILD_PROD, launchWithExtension, PageServer, waitFor, type Browser } from './harness';
import { CONNECT_SELF_META, CONNECT_SELF_PAGES, CSP_PARTS, filler, store } from './harness-reader';

const server = new PageServer();
before(() => server.start());
after(() => server.stop());

const ID = 'reader-7f3a';
/** what the page server has received so far, as [path, Referer] */
const received = () => server.requests.map((r) => [r.url, r.referer]);
const hostile = () =>
  [
    `<div id="clausemark-reader-outline" class="reader-sidebar reader-bar"><p>假目录 FAKE-SIDEBAR</p></div>`,
    `<p class="reader-popover" id="clausemark-reader-main">假弹窗 FAKE-POPOVER</p>`,
    `<div role="dialog" aria-label="Edit highlight">假编辑框</div>`,
    `<p><img src="${server.url(`/pixel-top?id=${ID}`)}" alt="顶部图片"></p>`,
    `<h2 id="cm-h-1">一、总则</h2>`,
    filler(30),
    `<img src="${server.url(`/pixel?id=${ID}`)}" width="1" height="1" alt="">`,
    `<video autoplay preload="auto" src="${server.url(`/video?id=${ID}`)}" poster="${server.url(`/poster?id=${ID}`)}"><source src="${server.url(`/source?id=${ID}`)}"><track src="${server.url(`/track?id=${ID}`)}"></video>`,
    `<audio autoplay src="${server.url(`/audio?id=${ID}`)}"></audio>`,
    `<h2 id="cm-h-2">二、附则</h2>`,
    filler(30),
  ].join('');

describe('reader privacy (production build)', () => {
  let b: Browser;
  let base = '';
  before(async () => {
    b = await launchWithExtension(BUILD_PROD);
    base = `chrome-extension://${b.extId}`;
  });
  after(() => b.close());

  it('both built manifests carry the extension pages CSP', () => {
    for (const dir of [BUILD_PROD, BUILD_E2E]) {
      const csp =
        (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_security_policy?: { extension_pages?: string } })
          .content_security_policy?.extension_pages ?? '';
      for (const part of CSP_PARTS) assert.ok(csp.split(/\s*;\s*/).includes(part), `${dir}: ${part} in "${csp}"`);
      // The manifest lets the offscreen document download PDFs; every page showing clips takes connections back.
      for (const page of CONNECT_SELF_PAGES) {
        const html = readFileSync(join(dir, page), 'utf8');
        assert.ok(html.indexOf(CONNECT_SELF_META) !== -1 && html.indexOf(CONNECT_SELF_META) < html.indexOf('<script'), `${dir}/${page}`);
      }
    }
  });

  it('opens a hostile clip without a request, keeps its lookalikes inert, and loads images only when asked', async () => {
    const page = await b.context.newPage();
    const csp: string[] = [];
    page.on('console', (m) => /Content Security Policy/i.test(m.text()) && csp.push(m.text()));
    await page.goto(`${base}/reader.html?clip=nope&lang=en`);
    await store(page, hostile());
    server.requests.length = 0;
    await page.goto(`${base}/reader.html?clip=privacy&lang=en`);
    await page.locator('.reader-body').getByText('第30段', { exact: false }).last().waitFor();
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual(received(), [], 'nothing fetched on open');
    assert.deepEqual(csp, [], 'the render itself needed nothing the CSP blocks');
    await page.screenshot({ path: artifact('reader-privacy-open.png') });
    // The images bar and the media links pass axe like the rest of the reader.
    const { violations } = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(
      violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      [],
    );

    // No player, no remote src anywhere; a link to the original page instead.
    assert.equal(await page.locator('.reader-body video, .reader-body audio, .reader-body source, .reader-body track').count(), 0);
    assert.equal(await page.locator('.reader-body [src^="http"], .reader-body [poster]').count(), 0);
    assert.equal(
      await page.getByRole('link', { name: 'Video: play it on the original page' }).getAttribute('href'),
      'https://news.example/a',
    );

    // The lookalikes: not found by the reader's ids or classes, and not styled as its parts.
    const looks = await page.evaluate(() => {
      const fake = [...document.querySelectorAll('.reader-body div, .reader-body p')].filter(
        (e) => /FAKE-(SIDEBAR|POPOVER)/.test(e.textContent ?? '') && !e.querySelector('p'),
      );
      return {
        outlineIds: document.querySelectorAll('#clausemark-reader-outline').length,
        mainIds: document.querySelectorAll('#clausemark-reader-main').length,
        realSidebar: document.getElementById('clausemark-reader-outline')?.closest('.reader-body') === null,
        sidebars: document.querySelectorAll('.reader-sidebar, .reader-bar, .reader-popover').length,
        fakeClasses: fake.map((e) => e.getAttribute('class') ?? '').join(''),
        fakePositions: fake.map((e) => getComputedStyle(e.closest('div') ?? e).position),
        inBody: document.querySelectorAll('.reader-body [class]:not(.reader-table-wrap):not(.reader-media)').length,
      };
    });
    assert.equal(await page.getByRole('dialog').count(), 0, 'no lookalike editor for assistive technology');
    assert.deepEqual(looks, {
      outlineIds: 1,
      mainIds: 1,
      realSidebar: true,
      sidebars: 2,
      fakeClasses: '',
      fakePositions: ['static', 'static'],
      inBody: 0,
    });

    // Outline navigation still finds its headings.
    await page.getByRole('tree', { name: 'Outline' }).getByRole('treeitem').filter({ hasText: '附则' }).click();
    await waitFor(async () => {
      const top = await page.evaluate(() => document.getElementById('cm-h-2')?.getBoundingClientRect().top ?? null);
      return top !== null && Math.abs(top) <= 20;
    }, '二、附则 scrolled to the top');

    // The CSP backs the render-time rules: no connection, media or foreign frame from an extension page.
    const blocked = await page.evaluate(async (origin) => {
      const out: string[] = [];
      await fetch(`${origin}/connect?id=csp`).then(
        () => out.push('fetch went through'),
        () => {},
      );
      await new Audio(`${origin}/media?id=csp`).play().then(
        () => out.push('audio played'),
        () => {},
      );
      const frame = document.createElement('iframe');
      frame.src = `${origin}/frame?id=csp`;
      document.body.appendChild(frame);
      await new Promise((r) => setTimeout(r, 800));
      frame.remove();
      return out;
    }, server.url(''));
    assert.deepEqual(blocked, []);
    await page.locator('.reader-media').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('reader-privacy-held.png') });
    assert.deepEqual(received(), [], 'nothing fetched before the click');

    // Asked for: the pixel arrives, without a Referer.
    const bar = page.getByRole('region', { name: 'Load images' });
    assert.match((await bar.textContent()) ?? '', /\(2, from 127\.0\.0\.1:\d+\)/);
    await bar.getByRole('button', { name: 'Load images' }).click();
    await waitFor(async () => server.requests.length === 1, 'the image in view after the click').catch((e: Error) =>
      assert.fail(`${e.message}: ${JSON.stringify(received())}`),
    );
    // Images load lazily: bring the pixel near the viewport.
    await page.evaluate(() => document.querySelectorAll('.reader-body img')[1]?.scrollIntoView({ block: 'center' }));
    await waitFor(async () => server.requests.length === 2, 'both image requests after the click').catch((e: Error) =>
      assert.fail(`${e.message}: ${JSON.stringify(received())}`),
    );
    assert.deepEqual(
      received().sort(),
      [
        [`/pixel-top?id=${ID}`, undefined],
        [`/pixel?id=${ID}`, undefined],
      ].sort(),
    );
    await bar.waitFor({ state: 'detached' });
    await page.close();
  });

  it('popup, options and side panel still render under the CSP (inline styles included)', async () => {
    for (const file of ['popup.html', 'options.html', 'sidepanel.html']) {
      const page = await b.context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => /Content Security Policy/i.test(m.text()) && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`${base}/${file}?lang=en`);
      await waitFor(async () => (await page.locator('#app *').count()) > 0, `${file} rendered`);
      // Styles applied (popup.html carries them inline): the theme takes back the 75% (12px) Chrome gives extension pages.
      assert.notEqual(await page.evaluate(() => getComputedStyle(document.body).fontSize), '12px', `${file} styles applied`);
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(problems, [], file);
      await page.close();
    }
  });
});
