/** Export from the options page, and import backups into a fresh profile, in Chromium with the built extension. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import {
  artifact,
  BUILD_E2E,
  clipFromPopup,
  launchWithExtension,
  openPopup,
  PageServer,
  readClips,
  ROOT,
  tabIdOf,
  type Browser,
} from './harness';

const SAMPLE = join(ROOT, 'tests', 'fixtures', 'backup', 'sample.json');
const SAMPLE_TITLES = ['某市公共数据开放管理办法', '关于进一步优化营商环境的若干措施', '把企业的“急难愁盼”当作“指南针”'];
const CLIPPED = [
  { path: '/zh-cms-article/', title: '推动数字经济和实体经济深度融合' },
  { path: '/en-news-article/', title: 'Council approves new data protection rules' },
];
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const server = new PageServer();
const tmp = mkdtempSync(join(tmpdir(), 'clausemark-library-'));
let exportedBackup = '';
before(() => server.start());
after(async () => {
  await server.stop();
  rmSync(tmp, { recursive: true, force: true });
});

async function openOptions(b: Browser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extId}/options.html`);
  await page.getByRole('heading', { name: 'Export' }).waitFor();
  return page;
}

/** Click an export button and return the downloaded file's name and bytes. */
async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

/** Choose a backup file: the page reads it and shows what importing would do (or why it cannot). */
async function chooseFile(page: Page, file: string): Promise<void> {
  await page.getByLabel('Backup file').setInputFiles(file);
}

/** Choose a file, wait for its plan, optionally opt in to replacing, and import. */
async function importFile(page: Page, file: string, opts: { replace?: boolean } = {}): Promise<void> {
  await chooseFile(page, file);
  await page.getByRole('group', { name: 'This backup holds:' }).waitFor();
  if (opts.replace) await page.getByRole('checkbox', { name: "Replace my clips with the backup's copies" }).check();
  await page.getByRole('button', { name: 'Import' }).click();
}

describe('export from the options page', () => {
  let b: Browser;
  before(async () => {
    b = await launchWithExtension(BUILD_E2E);
  });
  after(() => b.close());

  it('clips two pages, opens "Library & backup…" from the popup, and exports Markdown, CSV and a backup', async () => {
    let popup: Page | undefined;
    for (const c of CLIPPED) {
      const page = await b.context.newPage();
      await page.goto(server.url(c.path));
      popup = await openPopup(b, await tabIdOf(b, page));
      await clipFromPopup(popup, c.title);
    }
    assert.equal((await readClips(popup!)).length, 2);

    const [options] = await Promise.all([
      b.context.waitForEvent('page', { predicate: (p) => p.url().includes('/options.html') }),
      popup!.getByRole('button', { name: 'Library & backup…' }).click(),
    ]);
    await options.getByText('All 2 clips, with their highlights.').waitFor();
    await options.screenshot({ path: artifact('options-page.png') });

    const zip = await download(options, 'Markdown (.zip)');
    assert.equal(zip.name, `clausemark-${today()}.zip`);
    const files = Object.values(unzipSync(new Uint8Array(zip.bytes))).map((f) => strFromU8(f));
    assert.equal(files.length, 2);
    for (const c of CLIPPED) {
      const md = files.find((f) => f.includes(`title: "${c.title}"`));
      assert.ok(md, `front matter of ${c.title}`);
      assert.match(md, /^---\ntitle: .*\nurl: "http:\/\/.*\n[\s\S]*?\n---\n/);
    }

    const csv = await download(options, 'Highlights (.csv)');
    assert.equal(csv.name, `clausemark-highlights-${today()}.csv`);
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(
      csv.bytes.toString('utf8').slice(1).split('\r\n')[0],
      '"Clip title","Document number","Issuer","Date written","Section","Quote","Note","Colour","URL","Clipped"',
    );

    // the docx writer is a lazily loaded chunk: this proves it loads in the extension page
    const docx = await download(options, 'Word (.docx)');
    assert.equal(docx.name, `clausemark-${today()}.docx`);
    assert.ok('word/document.xml' in unzipSync(new Uint8Array(docx.bytes)));
    const html = await download(options, 'Web page (.html)');
    for (const c of CLIPPED) assert.ok(html.bytes.toString('utf8').includes(c.title));
    const csl = await download(options, 'CSL-JSON (Zotero)');
    assert.equal(JSON.parse(csl.bytes.toString('utf8')).length, 2);

    const backup = await download(options, 'Backup (.json)');
    assert.equal(backup.name, `clausemark-backup-${today()}.json`);
    exportedBackup = join(tmp, backup.name);
    writeFileSync(exportedBackup, backup.bytes);
    assert.equal(JSON.parse(backup.bytes.toString('utf8')).clips.length, 2);
  });
});

describe('import into a fresh profile', () => {
  let b: Browser;
  before(async () => {
    b = await launchWithExtension(BUILD_E2E);
  });
  after(() => b.close());

  it('imports the sample backup: the clips are in IndexedDB and in the popup library', async () => {
    const options = await openOptions(b);
    await options.getByText(/nothing to export yet/).waitFor();
    await importFile(options, SAMPLE);
    const status = options.getByRole('status').filter({ hasText: 'Imported.' });
    await status.waitFor();
    const text = (await status.textContent()) ?? '';
    assert.match(text, /Clips: 3 added, 0 updated, 0 skipped/);
    assert.match(text, /Highlights: 7 added, 0 updated, 0 skipped/);
    assert.match(text, /Collections: 2 added, 0 updated, 0 skipped/);
    await options.getByText('All 3 clips, with their highlights.').waitFor();

    const stored = await readClips(options);
    assert.deepEqual(stored.map((c) => c.title).sort(), [...SAMPLE_TITLES].sort());
    assert.ok(
      stored.every((c) => (c.text ?? '').length > 0),
      'bodies imported',
    );

    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extId}/popup.html`);
    for (const t of SAMPLE_TITLES) await popup.locator('.clip-row').getByText(t, { exact: true }).waitFor();
    assert.equal(await popup.locator('.clip-row').count(), 3);
    // Its stylesheets are inlined at build time (no fetches before its script): they still style it.
    const styled = await popup.evaluate(() => ({
      links: document.querySelectorAll('link[rel=stylesheet]').length,
      accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
      padding: getComputedStyle(document.querySelector('.popup')!).paddingTop,
    }));
    assert.deepEqual(styled, { links: 0, accent: '#8a1c1c', padding: '12px' });
    await popup.close();
  });

  it('imports the backup exported from the other profile, merging without duplicates', async (t) => {
    // set by the export test above; skipped when that test is filtered out or failed
    if (!exportedBackup) return t.skip('the export test did not run');
    const options = await openOptions(b);
    await importFile(options, exportedBackup);
    await options.getByRole('status').filter({ hasText: 'Clips: 2 added, 0 updated, 0 skipped' }).waitFor();
    await importFile(options, exportedBackup);
    await options.getByRole('status').filter({ hasText: 'Clips: 0 added, 0 updated, 2 skipped' }).waitFor();
    assert.equal((await readClips(options)).length, 5);
  });

  it('a broken file shows why and leaves the library unchanged', async () => {
    const options = await openOptions(b);
    const before = await readClips(options);
    const broken = join(tmp, 'broken.json');
    const sample = readFileSync(SAMPLE, 'utf8');
    writeFileSync(broken, sample.slice(0, Math.floor(sample.length / 2)));
    await chooseFile(options, broken);
    const alert = options.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /cannot be imported: the file is incomplete \(truncated\).*Nothing was changed/);
    await options.screenshot({ path: artifact('options-import-error.png') });
    assert.deepEqual(await readClips(options), before);
  });

  it("a stranger's backup (dated 2999, javascript: address) cannot take over a clip of the same page", async () => {
    const options = await openOptions(b);
    const mine = (await readClips(options)).find((c) => c.title === SAMPLE_TITLES[0])!;
    const theirs = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    const first = theirs.clips.find((c: { canonicalUrl: string }) => c.canonicalUrl === mine.canonicalUrl);
    Object.assign(first, {
      title: 'Taken over',
      excerpt: 'theirs',
      url: 'javascript:alert(document.domain)',
      updatedAt: Date.UTC(2999, 0, 1),
    });

    // the javascript: address refuses the whole file, naming the field
    const hostile = join(tmp, 'hostile.json');
    writeFileSync(hostile, JSON.stringify(theirs));
    const before = await readClips(options);
    await chooseFile(options, hostile);
    const alert = options.getByRole('alert');
    await alert.waitFor();
    assert.match(
      (await alert.textContent()) ?? '',
      /clips\[\d\]\.url: only http, https and file addresses can be imported, not javascript: addresses\. Nothing was changed/,
    );
    assert.equal(await options.getByRole('button', { name: 'Import' }).isDisabled(), true);
    assert.deepEqual(await readClips(options), before);

    // a web address on another site than the clip's canonical one is refused too: it would stand for that site's page
    first.url = 'https://evil.example/x';
    const crossSite = join(tmp, 'cross-site.json');
    writeFileSync(crossSite, JSON.stringify(theirs));
    await chooseFile(options, crossSite);
    await options.getByRole('alert').filter({ hasText: 'the canonical address is not on the same site as the page' }).waitFor();
    assert.deepEqual(await readClips(options), before);

    // with the page's own address it is planned as a replacement of the user's clip, and kept without the opt-in
    first.url = mine.url;
    const dated = join(tmp, 'future.json');
    writeFileSync(dated, JSON.stringify(theirs));
    await chooseFile(options, dated);
    const plan = options.getByRole('group', { name: 'This backup holds:' });
    await plan.waitFor();
    assert.match((await plan.textContent()) ?? '', new RegExp(`Clips you already have, in another version: 1${SAMPLE_TITLES[0]}`));
    const box = options.getByRole('checkbox', { name: "Replace my clips with the backup's copies" });
    assert.equal(await box.isChecked(), false);
    await options.screenshot({ path: artifact('options-import-plan.png') });
    await options.getByRole('button', { name: 'Import' }).click();
    await options.getByRole('status').filter({ hasText: 'Imported.' }).waitFor();
    assert.deepEqual(await readClips(options), before);

    // asked for, it replaces, dated at most a day ahead; the user's own (older) backup puts the clip back
    await importFile(options, dated, { replace: true });
    await options.getByRole('status').filter({ hasText: 'Clips: 0 added, 1 updated' }).waitFor();
    const taken = (await readClips(options)).find((c) => c.id === mine.id)!;
    assert.equal(taken.title, 'Taken over');
    assert.ok(taken.updatedAt <= Date.now() + 24 * 3600 * 1000, 'updatedAt capped');
    await importFile(options, SAMPLE, { replace: true });
    await options.getByRole('status').filter({ hasText: 'Clips: 0 added, 1 updated' }).waitFor();
    assert.equal((await readClips(options)).find((c) => c.id === mine.id)!.title, SAMPLE_TITLES[0]);
  });
});
