// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { runInTab } from '../../utils/clipper/clip-tab';
import { explainInjectionError } from '../../utils/clipper/injection-errors';
import { ClausemarkDB, importBackupText } from '../../utils/db';
import { errorText, problemText } from '../../utils/error-text';
import { extractArticle } from '../../utils/extract';
import { formatDate } from '../../utils/format';
import { setLocale, type MessageKey } from '../../utils/i18n';
import { problem, type Problem } from '../../utils/result';
import { blockedReason, whyNotClippable } from '../../utils/url';

afterEach(() => setLocale('en'));
const CJK = /[\u4e00-\u9fff]/;
/** What the background sends: English, as it never sets a locale. */
const english = <T>(f: () => T): T => (setLocale('en'), f());

describe('error messages in the UI language', () => {
  it('why a page cannot be clipped follows the locale', () => {
    setLocale('zh-CN');
    expect(whyNotClippable('chrome://settings')).toBe('浏览器自带页面（如设置页、新标签页）无法剪藏：浏览器不允许扩展程序读取。');
    expect(whyNotClippable('ftp://a.cn/x')).toBe('无法剪藏 ftp: 协议的页面。');
    setLocale('en');
    // a PDF on the web is clipped from its address; one on this computer is not
    expect(whyNotClippable('https://a.cn/x.pdf')).toBeNull();
    expect(whyNotClippable('file:///tmp/x.pdf')).toBe(
      'PDF files opened from this computer cannot be clipped yet; open the PDF from its website instead.',
    );
  });

  it('every error the background sends for a refused page is translated', async () => {
    const sent: Problem[] = english(() => [
      ...[
        'chrome://newtab',
        'view-source:https://a.cn',
        'chrome-extension://x/p.html',
        'https://chromewebstore.google.com/x',
        'https://addons.mozilla.org/x',
        'file:///tmp/b.pdf',
        'data:text/html,x',
        'not a url',
      ].map((u) => blockedReason(u)!),
      ...[
        ['Cannot access contents of url', 'https://a.cn/'],
        ['x', 'file:///tmp/a.html'],
        ['The extensions gallery cannot be scripted.', 'https://a.cn/'],
        ['Frame with ID 0 was removed.', 'https://a.cn/'],
        ['Cannot access an error page', 'https://a.cn/'],
        ['weird failure', 'https://a.cn/'],
      ].map(([m, u]) => explainInjectionError(m!, u)),
    ]);
    const gone = await english(() =>
      runInTab(
        () => Promise.reject(new Error('gone')),
        1,
        async () => 0,
      ),
    );
    expect(gone.ok).toBe(false);
    if (!gone.ok) sent.push(gone.error);
    setLocale('zh-CN');
    for (const why of sent) {
      // what the UI gets went through a message (structured clone): plain data only
      const shown = errorText({ code: 'not-injectable', ...structuredClone(why) });
      expect(shown, why.message).toMatch(CJK);
      expect(shown, why.message).not.toMatch(/ the | cannot | could not /);
    }
    // a detail from the browser stays as it was, inside the Chinese sentence
    expect(errorText({ code: 'not-injectable', ...explainInjectionError('weird failure', 'https://a.cn/') })).toBe(
      '无法读取页面：weird failure',
    );
  });

  it('extraction refusals are translated, numbers kept', () => {
    const doc = document.implementation.createHTMLDocument('x');
    const tooLarge = extractArticle(doc, 'https://a.cn/', { maxElements: 1 });
    const none = extractArticle(doc, 'https://a.cn/');
    expect(tooLarge.ok || none.ok).toBe(false);
    setLocale('zh-CN');
    if (!tooLarge.ok) expect(errorText(tooLarge)).toMatch(/^此页面有 \d+ 个元素，超过了正文识别能快速处理的 1 个。/);
    if (!none.ok) expect(errorText(none)).toBe('此页面上未找到正文（可能是列表页、搜索页或网页应用）。可以改为剪藏页面全部可见文字。');
  });

  it('an error is shown by its key and params, not by its English text; a sentence inside one is translated too', () => {
    setLocale('zh-CN');
    expect(errorText({ code: 'timeout', message: 'Too slow.', key: 'page.error.timeout', params: { seconds: 45 } })).toContain(
      '页面超过 45 秒仍未响应，已停止读取。',
    );
    // a key this version does not know (a stored outcome from another version) falls back to the code
    expect(errorText({ code: 'quota', message: 'whatever', key: 'page.error.fromTheFuture' as MessageKey })).toBe(
      '浏览器已没有可供 Clausemark 使用的存储空间，未保存任何内容。',
    );
    const nested = problem('options.backup.refused', { detail: problem('options.backup.empty') });
    expect(nested.message).toBe('This file cannot be imported: the file is empty. Nothing was changed.');
    expect(problemText(nested)).toBe('无法导入此文件：文件是空的。未作任何改动。');
  });

  it("an unknown message gets its code's sentence with the original; an unknown code keeps English", () => {
    setLocale('zh-CN');
    expect(errorText({ code: 'save-failed', message: 'Disk on fire' })).toBe('剪藏未能保存，资料库未作任何改动。（Disk on fire）');
    expect(errorText({ code: 'quota', message: 'whatever' })).toBe('浏览器已没有可供 Clausemark 使用的存储空间，未保存任何内容。');
    expect(errorText({ code: 'from-the-future', message: 'Something new.' })).toBe('Something new.');
    setLocale('en');
    expect(errorText({ code: 'save-failed', message: 'Disk on fire' })).toBe('Disk on fire');
  });

  it('a refused backup is explained in Chinese, nested reason included', async () => {
    const db = new ClausemarkDB(`err-${Math.random()}`);
    const outcomes = await english(() =>
      Promise.all(
        ['', '[1]', '{"schema":"clausemark-backup"', '{"schema":"other","version":1}', '{"schema":"clausemark-backup","version":99}'].map(
          (s) => importBackupText(db, s),
        ),
      ),
    );
    await db.delete();
    setLocale('zh-CN');
    const shown = outcomes.map((o) => (o.ok ? '' : problemText(o)));
    expect(shown[0]).toBe('无法导入此文件：文件是空的。未作任何改动。');
    expect(shown[1]).toBe('无法导入此文件：这不是 Clausemark 备份文件（内容不是 JSON 对象）。未作任何改动。');
    expect(shown[2]).toBe('无法导入此文件：文件不完整（已被截断）：结尾不是“}”。未作任何改动。');
    expect(shown[3]).toMatch(/^无法导入此文件：schema：这不是 Clausemark 备份文件（应为“clausemark-backup”，实为 "other"）。/);
    expect(shown[4]).toMatch(/由更新版本的 Clausemark 生成（备份版本 99/);
  });

  it('dates read as Chinese dates in Chinese and stay ISO otherwise', () => {
    expect(formatDate('2019-03-01T08:00:00Z', 'zh-CN')).toBe('2019年3月1日');
    expect(formatDate(new Date(2026, 10, 27).getTime(), 'zh-CN')).toBe('2026年11月27日');
    expect(formatDate('2019-03-01', 'en')).toBe('2019-03-01');
    expect(formatDate('2019-03-01')).toBe('2019-03-01');
    expect(formatDate('', 'zh-CN')).toBe('');
  });
});
