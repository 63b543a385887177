// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { ReaderApp } from '../../components/reader/ReaderApp';
import { ClausemarkDB, saveClip } from '../../utils/db';
import { setLocale } from '../../utils/i18n';
import { emptyPolicy, type OutlineEntry } from '../../utils/model';
import { makePage } from '../helpers/page';

const dbs: ClausemarkDB[] = [];
beforeEach(() => setLocale('en'));
afterEach(async () => {
  cleanup();
  for (const db of dbs.splice(0)) await db.delete();
});

const HTML = [
  '<p>各省、自治区、直辖市人民政府：</p>',
  '<p id="cm-h-1">一、总体要求</p>',
  '<p>坚持以人民为中心，推动城市高质量发展。</p>',
  '<p id="cm-h-2">（一）指导思想</p>',
  '<p>以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。</p>',
  '<p id="cm-h-3">二、重点任务</p>',
  '<p>各地要加快老旧小区改造，完善公共服务设施。</p>',
  '<table><tr><th>项目</th><th>数量</th></tr><tr><td>小区</td><td>120</td></tr></table>',
  '<p><a href="https://www.gov.cn/other">相关文件</a></p>',
].join('');
const OUTLINE: OutlineEntry[] = [
  { level: 1, label: '一、', title: '总体要求', preview: '', anchor: 'cm-h-1' },
  { level: 2, label: '（一）', title: '指导思想', preview: '', anchor: 'cm-h-2' },
  { level: 1, label: '二、', title: '重点任务', preview: '', anchor: 'cm-h-3' },
];
const POLICY = {
  ...emptyPolicy(),
  issuer: '国务院办公厅',
  docNumber: '国办发〔2025〕12号',
  indexNumber: '000014349/2025-00031',
  subject: '城乡建设',
  writtenDate: '2025-03-18',
  publishDate: '2025-03-21',
  source: '中国政府网',
};

async function storedClip(over: Parameters<typeof makePage>[0] = {}) {
  const db = new ClausemarkDB(`reader-${Math.random()}`);
  dbs.push(db);
  const { clip } = await saveClip(
    db,
    makePage({ title: '国务院办公厅关于加快推进城市更新行动的通知', html: HTML, outline: OUTLINE, policy: POLICY, lang: 'zh-CN', ...over }),
    Date.UTC(2025, 3, 2, 12),
  );
  return { db, clip };
}

const body = () => document.querySelector('.reader-body') as HTMLElement;
const bodyText = () => body().textContent ?? '';

describe('ReaderApp', () => {
  it('shows the title, the metadata card of a policy document and the outline as a tree', async () => {
    const { db, clip } = await storedClip();
    render(<ReaderApp db={db} clipId={clip.id} onPrint={() => {}} />);
    await screen.findByRole('heading', { level: 1, name: clip.title });
    expect(document.title).toBe(clip.title);
    const card = screen.getByRole('region', { name: 'Document details' });
    const rows = Array.from(card.querySelectorAll('dt')).map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
    expect(rows).toEqual([
      'Issuer: 国务院办公厅',
      'Document number: 国办发〔2025〕12号',
      'Index number: 000014349/2025-00031',
      'Subject: 城乡建设',
      'Written: 2025-03-18',
      'Published: 2025-03-21',
      'Source: 中国政府网',
      `Original: ${clip.url}`,
      'Clipped: 2025-04-02',
    ]);
    const link = within(card).getByRole('link');
    expect(link.getAttribute('href')).toBe(clip.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    const nav = screen.getByRole('navigation', { name: 'Outline' });
    expect(
      within(nav)
        .getAllByRole('treeitem')
        .map((li) => li.textContent),
    ).toEqual(['▾一、总体要求', '（一）指导思想', '二、重点任务']);
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(bodyText()).toContain('各地要加快老旧小区改造');
  });

  it('shows site, byline and date for a page that is not a policy document, and never links a script URL', async () => {
    const { db, clip } = await storedClip({
      title: 'Water Act explained',
      policy: emptyPolicy(),
      siteName: 'Example News',
      byline: 'Jane Doe',
      lang: 'en',
      url: 'javascript:alert(1)',
      canonicalUrl: 'https://n.example/a',
    });
    render(<ReaderApp db={db} clipId={clip.id} />);
    const card = await screen.findByRole('region', { name: 'Document details' });
    expect(Array.from(card.querySelectorAll('dt')).map((d) => d.textContent)).toEqual(['Site', 'By', 'Published', 'Original', 'Clipped']);
    expect(card.textContent).toContain('Jane Doe');
    expect(within(card).queryByRole('link')).toBeNull();
    expect(document.querySelector('.reader-article')?.getAttribute('lang')).toBe('en');
  });

  it('scrolls to the heading an outline entry names', async () => {
    const { db, clip } = await storedClip();
    const scrolled: string[] = [];
    // jsdom does no layout and has no scrollIntoView
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.textContent ?? '');
    };
    onTestFinished(() => void delete (Element.prototype as Partial<Element>).scrollIntoView);
    render(<ReaderApp db={db} clipId={clip.id} />);
    const nav = await screen.findByRole('navigation', { name: 'Outline' });
    fireEvent.click(within(nav).getByText('重点任务'));
    expect(scrolled).toEqual(['二、重点任务']);
    expect(body().querySelector('#cm-h-3')?.classList.contains('reader-target')).toBe(true);
  });

  it('sanitises the stored html again: no script, handler, script URL, frame or style comes alive', async () => {
    const evil = [
      '<p id="cm-h-1">一、总体要求</p>',
      '<img src="x" onerror="window.__pwned=1">',
      '<script>window.__pwned=2</script>',
      '<a href="javascript:window.__pwned=3">点我</a>',
      '<iframe srcdoc="<script>parent.__pwned=4</script>"></iframe>',
      '<p style="position:fixed;inset:0" onclick="window.__pwned=5">正文内容</p>',
      '<svg><animate attributeName="href" to="javascript:alert(1)"/></svg>',
      '<form action="https://evil.example"><input name="q"></form>',
    ].join('');
    const { db, clip } = await storedClip({ html: evil });
    render(<ReaderApp db={db} clipId={clip.id} />);
    await waitFor(() => expect(bodyText()).toContain('正文内容'));
    const root = body();
    expect(root.querySelector('script, iframe, form, input, animate, style')).toBeNull();
    const attrs = Array.from(root.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).map((a) => `${a.name}=${a.value}`));
    expect(attrs.filter((a) => /^on|^style=|javascript:/i.test(a))).toEqual([]);
    expect(root.querySelector('img')?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('wraps tables so they scroll on their own and sends links to a new tab', async () => {
    const { db, clip } = await storedClip();
    render(<ReaderApp db={db} clipId={clip.id} />);
    await waitFor(() => expect(body().querySelector('table')).toBeTruthy());
    expect(body().querySelector('table')?.parentElement?.className).toBe('reader-table-wrap');
    const a = body().querySelector('a')!;
    expect([a.getAttribute('target'), a.getAttribute('rel')]).toEqual(['_blank', 'noopener noreferrer']);
  });

  it('says so when the clip does not exist, or none was given', async () => {
    const { db } = await storedClip();
    const { unmount } = render(<ReaderApp db={db} clipId="no-such-clip" />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/does not exist/);
    unmount();
    render(<ReaderApp db={db} clipId={null} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/No clip to show/);
  });
});
