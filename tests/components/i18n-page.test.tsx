// @vitest-environment jsdom
// The popup's page components, and the highlighter's on-page toolbar, in Chinese.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AutoShowToggle } from '../../components/page/AutoShowToggle';
import { CurrentPage } from '../../components/page/CurrentPage';
import { PageHighlights } from '../../components/page/PageHighlights';
import { PageOutline } from '../../components/page/PageOutline';
import { NotePanel } from '../../components/note/NotePanel';
import { ClausemarkDB, insertHighlight, saveClip, type Highlight } from '../../utils/db';
import type { Clip } from '../../utils/model';
import { createHost } from '../../utils/highlighter/host';
import { dbStore } from '../../utils/note/store';
import { createUi } from '../../utils/highlighter/ui';
import { setLocale } from '../../utils/i18n';
import type { OutlineEntry } from '../../utils/model';
import { problem } from '../../utils/result';
import { whyNotClippable } from '../../utils/url';
import { makePage } from '../helpers/page';

const dbs: ClausemarkDB[] = [];
beforeEach(() => setLocale('zh-CN'));
afterEach(async () => {
  cleanup();
  setLocale('en');
  for (const db of dbs.splice(0)) await db.delete();
});
function freshDb() {
  const db = new ClausemarkDB(`i18n-${Math.random()}`);
  dbs.push(db);
  return db;
}
const e = (level: number, label: string, title: string): OutlineEntry => ({ level, label, title, preview: '', anchor: '' });
const OUTLINE = [e(1, '一、', '总体要求'), e(2, '（一）', '指导思想'), e(1, '二、', '重点任务')];

describe('page components in Chinese', () => {
  it('the clip button, its date and its outcome', () => {
    const clip = { updatedAt: new Date(2026, 10, 27, 9).getTime() } as Clip;
    const { rerender } = render(<CurrentPage blocked={null} existing={undefined} state={{ kind: 'idle' }} onClip={() => {}} />);
    expect(screen.getByRole('region', { name: '当前页面' })).toBeTruthy();
    screen.getByRole('button', { name: '剪藏此页' });
    rerender(<CurrentPage blocked={null} existing={clip} state={{ kind: 'idle' }} onClip={() => {}} />);
    screen.getByRole('button', { name: '重新剪藏（更新）' });
    screen.getByText('已于 2026年11月27日 剪藏');
    rerender(<CurrentPage blocked={null} existing={clip} state={{ kind: 'working', mode: 'article' }} onClip={() => {}} />);
    screen.getByRole('button', { name: '正在剪藏…' });
    const done = {
      ok: true as const,
      value: { clipId: 'x', title: '某市公共数据开放管理办法', created: false, mode: 'article' as const, postsLeftOut: 0 },
    };
    rerender(<CurrentPage blocked={null} existing={clip} state={{ kind: 'done', result: done }} onClip={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('已更新：某市公共数据开放管理办法');
    const posts = { ok: true as const, value: { ...done.value, title: '周末去江边看芦苇', created: true, postsLeftOut: 7 } };
    rerender(<CurrentPage blocked={null} existing={clip} state={{ kind: 'done', result: posts }} onClip={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('已剪藏：周末去江边看芦苇 此页面共有 8 篇文章（帖子），本次只剪藏了第一篇。');
    screen.getByRole('button', { name: '剪藏全部 8 篇' });
    const long = { ok: true as const, value: { ...done.value, truncated: true } };
    rerender(<CurrentPage blocked={null} existing={clip} state={{ kind: 'done', result: long }} onClip={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('已更新：某市公共数据开放管理办法 此页面过长：剪藏只保留了前 5,000,000 个字符。');
  });

  it('a page that takes too long is explained in Chinese, with the whole-text offer', () => {
    const error = { code: 'timeout' as const, ...problem('page.error.timeout', { seconds: 45 }) };
    render(<CurrentPage blocked={null} existing={undefined} state={{ kind: 'done', result: { ok: false, error } }} onClip={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('页面超过 45 秒仍未响应，已停止读取。');
    screen.getByRole('button', { name: '剪藏页面全部可见文字' });
  });

  it('an English error from the background is shown in Chinese, with the whole-text offer', () => {
    const error = {
      code: 'no-article' as const,
      message:
        'No article was found on this page (it may be a list, a search page or an app). You can clip its whole visible text instead.',
      key: 'page.error.noArticle' as const,
    };
    render(<CurrentPage blocked={null} existing={undefined} state={{ kind: 'done', result: { ok: false, error } }} onClip={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('此页面上未找到正文（可能是列表页、搜索页或网页应用）');
    screen.getByRole('button', { name: '剪藏页面全部可见文字' });
  });

  it('a page that cannot be clipped says why in Chinese', () => {
    render(
      <CurrentPage
        blocked={whyNotClippable('https://chromewebstore.google.com/detail/x')}
        existing={undefined}
        state={{ kind: 'idle' }}
        onClip={() => {}}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('Chrome 应用商店不允许扩展程序读取其页面。');
  });

  it('the outline: title, count, tree name and a heading no longer on the page', async () => {
    const preview = async () => ({ ok: true as const, value: { title: '通知', outline: OUTLINE } });
    const notThere = async () => ({ ok: true as const, value: { found: false } });
    render(<PageOutline db={freshDb()} tabId={3} clipId={null} previewOutline={preview} scrollToHeading={notThere} />);
    const tree = await screen.findByRole('tree', { name: '页面大纲' });
    expect(screen.getByRole('region', { name: '大纲' }).querySelector('h2')!.textContent).toBe('大纲（3，尚未剪藏）');
    fireEvent.click(tree.querySelector('[data-index="2"]')!);
    expect((await screen.findByRole('status')).textContent).toBe('页面上找不到该标题；剪藏之后页面可能已有改动。');
  });

  it('highlights: sections, colour names and the not-found group', async () => {
    const db = freshDb();
    const { clip } = await saveClip(db, makePage({ url: 'https://a.cn/law', canonicalUrl: 'https://a.cn/law' }));
    const add = (id: string, quote: string, path: string[], color: string) =>
      db.highlights.add({
        id,
        clipId: clip.id,
        url: 'https://a.cn/law',
        selectors: { quote, prefix: '', suffix: '', start: 1, end: 2, outlinePath: path },
        color,
        note: '',
        createdAt: 1,
        updatedAt: 1,
      });
    await add('a', '河道管理', [], 'green');
    await add('b', '已删除的段落', ['第二章'], 'pink');
    const show = async () => ({ ok: true as const, value: { placed: ['a'], missing: ['b'] } });
    render(<PageHighlights db={db} tabId={3} clipId={clip.id} showHighlights={show} />);
    const missing = await screen.findByRole('group', { name: '本页未找到' });
    expect(missing.textContent).toContain('页面已有改动；这些段落仍随剪藏保存。');
    const region = screen.getByRole('region', { name: '高亮' });
    expect(region.querySelector('h2')!.textContent).toBe('高亮（2）');
    screen.getByText('首个标题之前');
    expect(screen.getAllByRole('img').map((i) => i.getAttribute('aria-label'))).toEqual(['绿色', '粉色']);
  });

  it('the auto-show setting', async () => {
    render(<AutoShowToggle site="www.gov.cn" isEnabled={async () => false} setEnabled={async (on) => on} />);
    const box = await screen.findByRole('checkbox', { name: '在此网站（www.gov.cn）上自动显示我的高亮' });
    expect(box.getAttribute('aria-describedby')).toBe('auto-show-hint');
    screen.getByText('只需要访问此网站的权限；关闭后即交还该权限。');
  });
});

describe('the on-page toolbar and note frame in Chinese', () => {
  it("names its colours and note buttons in Chinese and marks its own language, not the page's", () => {
    document.documentElement.lang = 'en';
    const host = createHost(document);
    const ui = createUi(document, host);
    ui.showToolbar(new DOMRect(10, 10, 50, 20), { onColor() {}, onNote() {} });
    const root = host.root; // closed: only our own code holds it
    expect(document.querySelector('clausemark-highlighter')!.shadowRoot).toBeNull();
    const box = root.querySelector('[role="toolbar"]')!;
    expect(box.getAttribute('aria-label')).toBe('Clausemark 高亮');
    expect(box.getAttribute('lang')).toBe('zh-CN');
    const names = Array.from(root.querySelectorAll('button')).map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual(['黄色', '绿色', '蓝色', '粉色', '批注']);
    expect(root.querySelector('button')!.title).toBe('用黄色高亮');
    expect(document.documentElement.lang).toBe('en');
    ui.hide();
    expect(document.querySelector('clausemark-highlighter')).toBeNull();
  });

  it("the note frame's panel", async () => {
    const db = freshDb();
    const { clip } = await saveClip(db, makePage({ url: 'https://a.cn/law', canonicalUrl: 'https://a.cn/law' }));
    const h = {
      id: 'h1',
      clipId: clip.id,
      url: clip.url,
      color: 'blue',
      note: '旧批注',
      createdAt: 1,
      updatedAt: 1,
      selectors: { quote: '第五条 禁止种植', prefix: '', suffix: '', start: 0, end: 8, outlinePath: [] },
    } as Highlight;
    await insertHighlight(db, h);
    render(<NotePanel store={dbStore(db)} id="h1" signal={() => {}} />);
    const dialog = await screen.findByRole('dialog', { name: 'Clausemark 批注' });
    expect((screen.getByRole('textbox', { name: '批注' }) as HTMLTextAreaElement).value).toBe('旧批注');
    expect(screen.getByRole('button', { name: '蓝色' }).getAttribute('aria-pressed')).toBe('true');
    expect(Array.from(dialog.querySelectorAll('.note-actions button')).map((b) => b.textContent)).toEqual(['删除', '关闭', '保存批注']);
  });
});
