// @vitest-environment jsdom
/**
 * What the reader does to stored HTML before it is shown, beyond sanitising: ids and classes are kept apart from
 * the reader's own (the outline's cm-h-N anchors aside), remote images wait for a click, audio and video become a
 * link to the original page. Nothing here may fetch when a clip is opened.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { ReaderApp } from '../../components/reader/ReaderApp';
import { ClausemarkDB, saveClip } from '../../utils/db';
import { setLocale } from '../../utils/i18n';
import { anchorElement, articleFragment } from '../../utils/reader/article-fragment';
import { heldHosts, heldImages, loadImages } from '../../utils/reader/remote-images';
import type { OutlineEntry } from '../../utils/model';
import { makePage } from '../helpers/page';

const dbs: ClausemarkDB[] = [];
beforeEach(() => setLocale('en'));
afterEach(async () => {
  cleanup();
  for (const db of dbs.splice(0)) await db.delete();
});

const frag = (html: string, opts?: Parameters<typeof articleFragment>[2]) => {
  const div = document.createElement('div');
  div.appendChild(articleFragment(document, html, opts));
  return div;
};
const srcs = (root: ParentNode) => Array.from(root.querySelectorAll('img')).map((i) => i.getAttribute('src'));
const PIXEL = 'https://track.example/pixel.gif?id=reader-42';

describe('articleFragment: ids and classes', () => {
  it('strips classes and namespaces ids with their in-document references, keeping the outline anchors', () => {
    const root = frag(
      '<div id="clausemark-reader-outline" class="reader-sidebar outline-tree">假目录</div>' +
        '<h2 id="cm-h-1" class="title">一、总则</h2><p id="note-1" class="x">注释</p><p id="条款">条款</p>' +
        '<p><a href="#note-1">跳到注释</a> <a href="#cm-h-1">回到总则</a> <a href="#%E6%9D%A1%E6%AC%BE">条款</a> <a name="old">旧锚</a></p>' +
        '<table><tr><th id="h1">项目</th><td headers="h1 h2">1</td></tr></table><p aria-labelledby="note-1 cm-h-1">x</p>' +
        '<div role="dialog" aria-label="Edit highlight">假编辑框</div>',
    );
    expect(root.querySelector('[role]')).toBeNull();
    expect(root.querySelector('[class]:not(.reader-table-wrap)')).toBeNull();
    expect(Array.from(root.querySelectorAll('[id]')).map((e) => e.id)).toEqual([
      'cm-doc-clausemark-reader-outline',
      'cm-h-1',
      'cm-doc-note-1',
      'cm-doc-条款',
      'cm-doc-h1',
    ]);
    expect(Array.from(root.querySelectorAll('a[href]')).map((a) => a.getAttribute('href'))).toEqual([
      '#cm-doc-note-1',
      '#cm-h-1',
      '#cm-doc-%E6%9D%A1%E6%AC%BE',
    ]);
    expect(
      root.querySelector(`[id="${decodeURIComponent(root.querySelectorAll('a')[2]!.getAttribute('href')!.slice(1))}"]`)?.textContent,
    ).toBe('条款');
    expect(root.querySelector('a[name]')?.getAttribute('name')).toBe('cm-doc-old');
    expect(root.querySelector('td')?.getAttribute('headers')).toBe('cm-doc-h1 cm-doc-h2');
    expect(root.querySelector('[aria-labelledby]')?.getAttribute('aria-labelledby')).toBe('cm-doc-note-1 cm-h-1');
    // The outline still finds its heading; the reader's own ids are found only on the reader's own elements.
    document.body.replaceChildren(root);
    expect(anchorElement(root, 'cm-h-1')?.textContent).toBe('一、总则');
    expect(document.getElementById('clausemark-reader-outline')).toBeNull();
    expect(document.querySelector('.reader-sidebar')).toBeNull();
  });
});

describe('articleFragment: images and media', () => {
  it('holds remote image sources until asked, keeps inline ones, and loads them on request', () => {
    const dataUrl = 'data:image/png;base64,iVBORw0KGgo=';
    const root = frag(
      `<p>图一</p><img src="${PIXEL}" width="1" height="1"><img src="https://img.example/a.png" alt="示意图"><img src="${dataUrl}"><img src="/rel.png">`,
    );
    expect(srcs(root)).toEqual([null, null, dataUrl, null]);
    expect(root.innerHTML).not.toMatch(/ src="(https?:)?\//);
    expect(heldImages(root).length).toBe(3);
    expect(heldHosts(root, 'https://www.gov.cn/a.htm')).toEqual(['track.example', 'img.example', 'www.gov.cn']);
    loadImages(root);
    expect(srcs(root)).toEqual([PIXEL, 'https://img.example/a.png', dataUrl, '/rel.png']);
    expect(heldImages(root)).toEqual([]);
    // Against the clipped page, a relative path is that site's image, not the extension's.
    const based = frag('<img src="/rel.png">', { original: 'https://www.gov.cn/a/b.htm' });
    loadImages(based);
    expect(srcs(based)).toEqual(['https://www.gov.cn/rel.png']);
  });

  it('puts a link to the original page in place of audio and video, without adding text', () => {
    const html =
      '<p>前</p><video autoplay src="https://v.example/v.mp4" poster="https://v.example/p.jpg"><source src="https://v.example/v.webm">不支持</video><audio src="https://v.example/a.mp3"></audio><p>后</p>';
    const root = frag(html, { original: 'https://www.gov.cn/a.htm', mediaLabel: (k) => `${k}: open the original` });
    expect(root.querySelector('video, audio, source, track')).toBeNull();
    const links = Array.from(root.querySelectorAll('a.reader-media'));
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('aria-label'), a.getAttribute('rel')])).toEqual([
      ['https://www.gov.cn/a.htm', 'video: open the original', 'noopener noreferrer'],
      ['https://www.gov.cn/a.htm', 'audio: open the original', 'noopener noreferrer'],
    ]);
    expect(root.textContent).toBe('前后');
    expect(root.innerHTML).not.toContain('v.example');
    // With no safe address to link to, a labelled placeholder.
    expect(frag(html).querySelector('span.reader-media[role="img"]')).toBeTruthy();
  });
});

const OUTLINE: OutlineEntry[] = [{ level: 1, label: '一、', title: '总则', preview: '', anchor: 'cm-h-1' }];
const HTML =
  '<div id="clausemark-reader-outline" class="reader-sidebar"><p>假目录</p></div><p id="cm-h-1">一、总则</p>' +
  `<p>正文</p><img src="${PIXEL}"><p><img src="https://img.example/a.png" alt="示意图"></p><video autoplay src="https://v.example/v.mp4"></video>`;

describe('ReaderApp', () => {
  it('opens a clip with nothing remote in the page, loads one image or all of them when asked, and keeps the outline working', async () => {
    const db = new ClausemarkDB(`reader-iso-${Math.random()}`);
    dbs.push(db);
    const { clip } = await saveClip(db, makePage({ html: HTML, outline: OUTLINE }), Date.UTC(2025, 3, 2));
    const scrolled: string[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.textContent ?? '');
    };
    onTestFinished(() => void delete (Element.prototype as Partial<Element>).scrollIntoView);
    render(<ReaderApp db={db} clipId={clip.id} />);
    const bar = await screen.findByRole('region', { name: 'Load images' });
    const body = document.querySelector('.reader-body')!;
    expect(bar.textContent).toContain('(2, from track.example, img.example)');
    expect(srcs(body)).toEqual([null, null]);
    expect(body.querySelector('video')).toBeNull();
    expect(
      within(body as HTMLElement)
        .getByRole('link', { name: 'Video: play it on the original page' })
        .getAttribute('href'),
    ).toBe(clip.url);
    // The stored lookalike is neither the reader's outline nor styled as it.
    expect(document.querySelectorAll('#clausemark-reader-outline').length).toBe(1);
    expect(document.querySelectorAll('.reader-sidebar').length).toBe(1);
    expect(body.querySelector('[class="reader-sidebar"], #clausemark-reader-outline')).toBeNull();
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Outline' })).getByText('总则'));
    expect(scrolled).toEqual(['一、总则']);

    fireEvent.click(body.querySelectorAll('img')[1]!); // one image alone
    expect(srcs(body)).toEqual([null, 'https://img.example/a.png']);
    await waitFor(() => expect(bar.textContent).toContain('(1, from track.example)'));
    fireEvent.click(within(bar).getByRole('button', { name: 'Load images' }));
    expect(srcs(body)).toEqual([PIXEL, 'https://img.example/a.png']);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Load images' })).toBeNull());
  });
});

describe('articleFragment: a PDF clip links back to its pages', () => {
  const PDF_HTML =
    '<p>第一条<a id="page-1"></a>　为了……</p><p>第二条　本市<a id="page-2"></a>行政区域内</p><p><a id="page-3" href="#x">目录</a></p>';
  const label = (n: number) => `View original page ${n}`;

  it('turns each page break into a "view original page N" link to the PDF at that page, the text unchanged', () => {
    const root = frag(PDF_HTML, { original: 'https://www.gov.cn/files/law.pdf#zoom=80', pageLabel: label });
    const links = Array.from(root.querySelectorAll('a.reader-page-link'));
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('aria-label'), a.getAttribute('target')])).toEqual([
      ['https://www.gov.cn/files/law.pdf#page=2', 'View original page 2', '_blank'],
    ]);
    // the label is generated content: the text highlights anchor in is the stored one
    expect(root.textContent).toBe('第一条　为了……第二条　本市行政区域内目录');
    // an article's own link named page-3 stays what it was
    expect(root.querySelector('#cm-doc-page-3')?.getAttribute('href')).toBe('#cm-doc-x');
  });

  it('links nothing without the PDF address or outside a PDF clip', () => {
    expect(frag(PDF_HTML, { pageLabel: label }).querySelector('.reader-page-link')).toBeNull();
    expect(frag(PDF_HTML, { original: 'https://www.gov.cn/files/law.pdf' }).querySelector('.reader-page-link')).toBeNull();
  });
});
