import type { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { generateLaw } from '../../scripts/lib/gen-law';
import { crashed, readOutlinePreview, readPage, type PageScope, type ReadDeps, type ReadOutline } from '../../utils/clipper/read-page';
import { askCachedPreview, type CacheScope } from '../../utils/clipper/preview-cache';
import { extractArticle, extractOutline } from '../../utils/extract';
import type { OutlinePreview } from '../../utils/messaging';
import type { ExtractedPage } from '../../utils/model';
import { fail, problem, type Result } from '../../utils/result';
import { sanitizeArticleElement } from '../../utils/sanitize';
import { pageCases } from '../helpers/fixtures';

const NOTICE = `<html><head><title>关于推进某项工作的通知</title></head><body><div id="main">
<h1>关于推进某项工作的通知</h1>
${['总体要求', '重点任务', '保障措施']
  .map(
    (t, i) =>
      `<p>${'一二三'[i]}、${t}</p>` +
      `<p>${'各地区各部门要认真贯彻落实，结合实际制定具体措施，确保各项任务落到实处。'.repeat(4)}</p>`.repeat(3),
  )
  .join('')}
</div></body></html>`;

const scopeOf = (dom: JSDOM) => dom.window as unknown as PageScope & CacheScope;
const realDeps = (dom: JSDOM): ReadDeps => ({
  extract: extractArticle,
  sanitize: (el) => sanitizeArticleElement(el, dom.window as unknown as Window),
});

/** The outline script's read, answered as JSON text. */
const readOutline = (dom: JSDOM, read: ReadOutline = extractOutline): Result<OutlinePreview> => {
  const json = readOutlinePreview(scopeOf(dom), read);
  expect(typeof json).toBe('string');
  return JSON.parse(json) as Result<OutlinePreview>;
};

/** The real pipeline, counting how often a clip (`extract`) and the outline alone (`outline`) run. */
function counted(dom: JSDOM) {
  const deps = realDeps(dom);
  const extract = vi.fn(deps.extract);
  const outline = vi.fn((doc: Document, url: string) => extractOutline(doc, url));
  return { deps: { ...deps, extract }, extract, outline };
}

/** The outline-only read and an article clip of the same page, each on a fresh parse. */
function bothReads(html: string, url: string) {
  const clipDom = parseHtml(html, url);
  const clip = readPage(scopeOf(clipDom), 'article', realDeps(clipDom));
  const previewDom = parseHtml(html, url);
  const preview = readOutline(previewDom);
  clipDom.window.close();
  previewDom.window.close();
  return { clip, preview };
}

describe('readOutlinePreview: the outline alone is the outline a clip stores (no metadata, text, sanitiser or html)', () => {
  it.each(pageCases().map((c) => [c.name, c.html] as const))('%s', (name, html) => {
    const { clip, preview } = bothReads(html, `https://example.gov.cn/${name}/`);
    if (!clip.ok) return expect(preview).toEqual(clip);
    expect(preview).toEqual({ ok: true, value: { outline: clip.value.outline, title: clip.value.title } });
  });

  it('a page whose <title> is told from its site name by og:site_name alone', () => {
    const html = `<html><head><title>Annual Report | The Acme Widgets Company Newsroom</title>
<meta property="og:site_name" content="The Acme Widgets Company Newsroom"></head><body><article>
${['Scope', 'Findings', 'Outlook'].map((t, i) => `<p>${i + 1}. ${t}</p>` + `<p>${'The company reviewed its work over the year, and the findings are set out below in some detail. '.repeat(5)}</p>`.repeat(2)).join('')}
</article></body></html>`;
    const { clip, preview } = bothReads(html, 'https://news.example.com/report');
    expect(clip.ok && clip.value.title).toBe('Annual Report');
    expect(preview).toEqual({ ok: true, value: { outline: clip.ok && clip.value.outline, title: 'Annual Report' } });
  });

  it('the generated 1,300-article law', () => {
    const law = generateLaw();
    const { clip, preview } = bothReads(law.html, law.url);
    expect(clip.ok && clip.value.outline.length).toBeGreaterThan(1400);
    expect(preview).toEqual({ ok: true, value: { outline: clip.ok && clip.value.outline, title: clip.ok && clip.value.title } });
  }, 120_000);
});

describe('readOutlinePreview: the preview is answered from the last read while the page is unchanged', () => {
  it('reads the page once for repeated previews, and again after any change to it', async () => {
    const dom = parseHtml(NOTICE, 'https://www.gov.cn/a.htm');
    const { outline } = counted(dom);
    const first = readOutline(dom, outline);
    expect(first.ok && (first.value as OutlinePreview).outline.map((e) => e.title)).toEqual(['总体要求', '重点任务', '保障措施']);
    expect(readOutline(dom, outline)).toEqual(first);
    expect(outline).toHaveBeenCalledTimes(1);

    const doc = dom.window.document;
    // each change is seen at once (pending mutation records), and after the observer has been told
    const changes = [
      () => doc.querySelectorAll('p')[0]!.append('（新增）'),
      () => (doc.querySelectorAll('p')[1]!.firstChild!.nodeValue = doc.querySelectorAll('p')[1]!.textContent!.replace('各地区', '各部门')),
      () => doc.querySelectorAll('p')[2]!.setAttribute('hidden', ''),
    ];
    let runs = 1;
    for (const change of changes) {
      change();
      readOutline(dom, outline);
      expect(outline).toHaveBeenCalledTimes(++runs);
      await Promise.resolve();
      readOutline(dom, outline);
      expect(outline).toHaveBeenCalledTimes(runs); // unchanged since that read
      change();
      await new Promise((r) => setTimeout(r, 0));
      readOutline(dom, outline);
      expect(outline).toHaveBeenCalledTimes(++runs);
    }
    // our highlighter's host (marking a heading scrolled to) coming and going is no change; a look-alike with text is
    const host = doc.createElement('clausemark-highlighter');
    host.attachShadow({ mode: 'closed' }).append('boxes');
    doc.documentElement.append(host);
    readOutline(dom, outline);
    await Promise.resolve();
    host.remove();
    readOutline(dom, outline);
    expect(outline).toHaveBeenCalledTimes(runs);
    const fake = doc.createElement('clausemark-highlighter');
    fake.textContent = '第四章 新增';
    doc.body.append(fake);
    readOutline(dom, outline);
    expect(outline).toHaveBeenCalledTimes(++runs);
    dom.reconfigure({ url: 'https://www.gov.cn/b.htm' }); // history.pushState: same document, another page
    readOutline(dom, outline);
    expect(outline).toHaveBeenCalledTimes(++runs);
    dom.window.close();
  });

  it("is what the background's small function finds in the tab, serialised as executeScript serialises it", () => {
    const dom = parseHtml(NOTICE, 'https://www.gov.cn/a.htm');
    // as executeScript({ func }) runs it: from its source alone, with the tab's globals
    const inTab = () =>
      new Function('globalThis', 'location', `return (${askCachedPreview.toString()})()`)(dom.window, dom.window.location);
    expect(inTab()).toBeNull();
    const read = readOutline(dom);
    expect(JSON.parse(inTab() as string)).toEqual(read);
    dom.window.document.body.append('新的一段。');
    expect(inTab()).toBeNull();
    dom.window.close();
  });

  it('a clip of the article fills it; other clip modes, crashes and clips themselves never use it', () => {
    const dom = parseHtml(NOTICE, 'https://www.gov.cn/a.htm');
    const { deps, extract, outline } = counted(dom);
    const clip = readPage(scopeOf(dom), 'article', deps);
    expect(clip.ok && clip.value.html).toBeTruthy();
    const preview = readOutline(dom, outline);
    expect(extract).toHaveBeenCalledTimes(1);
    expect(outline).not.toHaveBeenCalled();
    expect(preview).toEqual({ ok: true, value: { outline: clip.ok && clip.value.outline, title: clip.ok && clip.value.title } });
    // a clip always reads the page (it needs the html)
    readPage(scopeOf(dom), 'article', deps);
    expect(extract).toHaveBeenCalledTimes(2);

    const other = parseHtml(NOTICE, 'https://www.gov.cn/a.htm');
    const o = counted(other);
    readPage(scopeOf(other), 'fulltext', o.deps);
    readPage(scopeOf(other), 'allposts', o.deps);
    readOutline(other, o.outline);
    expect(o.extract).toHaveBeenCalledTimes(2);
    expect(o.outline).toHaveBeenCalledTimes(1);
    const crash = vi.fn<ReadOutline>(() => {
      throw new Error('boom');
    });
    const fresh = parseHtml(NOTICE, 'https://www.gov.cn/a.htm');
    expect(readOutline(fresh, crash)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(readOutline(fresh, crash)).toMatchObject({ ok: false });
    expect(crash).toHaveBeenCalledTimes(2);
    const clipCrash = readPage(scopeOf(fresh), 'article', {
      ...o.deps,
      extract: () => {
        throw new Error('boom');
      },
    });
    expect(clipCrash).toMatchObject({ ok: false, error: { code: 'internal' } });
    for (const d of [dom, other, fresh]) d.window.close();
  });

  it('writes nothing into the page: the page is the same markup after reads and cached answers', () => {
    const dom = parseHtml(NOTICE, 'https://www.gov.cn/a.htm');
    const before = dom.serialize();
    const { deps } = counted(dom);
    readOutline(dom);
    readOutline(dom);
    readPage(scopeOf(dom), 'article', deps);
    expect(dom.serialize()).toBe(before);
    expect(Object.keys(dom.window).filter((k) => k.includes('clausemark'))).toEqual([]);
    dom.window.close();
  });
});

describe('crashed: a read that threw', () => {
  it("is the catalogue's sentence, spelt out so the injected scripts need no catalogue", () => {
    expect(crashed(new Error('boom'))).toEqual(fail('internal', problem('page.error.readFailed', { detail: 'boom' })));
    expect(crashed('odd')).toEqual(fail('internal', problem('page.error.readFailed', { detail: 'odd' })));
  });
});
