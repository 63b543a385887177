import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractFromHtml, parseHtml } from '../../scripts/lib/dom';
import { pageCases } from '../helpers/fixtures';
import { createHost, type OverlayHost } from '../../utils/highlighter/host';
import { flashElement } from '../../utils/highlighter/flash';
import { headingKey, type HeadingTarget } from '../../utils/outline/heading-key';
import { locateHeading } from '../../utils/outline/locate';

const PAGE = `<!doctype html><html><head><title>某市人民政府办公厅关于做好2025年重点工作的通知</title>
<style>.mobile-only { display: none }</style>
<script>var toc = "一、总体要求";</script></head><body>
<div class="mobile-only"><p>二、重点任务</p><p>（一）工作目标</p></div>
<nav><a href="/">首页</a></nav>
<h1>某市人民政府办公厅关于做好2025年重点工作的通知</h1>
<div id="content">
  <p id="h1">一、总体要求</p>
  <p id="h1-1">（一）工作目标。到2025年底，全面完成各项任务。</p>
  <p id="h1-2">（二）基本原则。坚持统筹推进。</p>
  <p id="h2"><strong>二、</strong><span>重点</span><span>任务</span></p>
  <p id="h2-1">（一）工作目标。围绕产业升级，推动项目落地。</p>
  <p id="h2-2" hidden>（二）基本原则。旧版本。</p>
  <p id="h2-2b">（二）&nbsp;基本原则。&nbsp;再次强调。</p>
  <p id="h3">三、\u3000保障措施</p>
  <p id="art3">第三条&nbsp;&nbsp;为了规范行政行为，保护公民合法权益，制定本办法。</p>
  <div id="h4">四、工作要求<br>（一）按时报送。<br><span id="h4-2">（二）</span>加强督查。</div>
</div></body></html>`;

const doc = () => parseHtml(PAGE, 'https://www.example.gov.cn/a.html').window.document;
const t = (label: string | null, title: string, preview = ''): HeadingTarget => ({ label, title, preview });
const idOf = (d: Document, target: HeadingTarget, occurrence = 0) => locateHeading(d, target, occurrence)?.id;

describe('locateHeading', () => {
  it('finds a plain heading paragraph, skipping script text', () => {
    expect(idOf(doc(), t('一、', '总体要求'))).toBe('h1');
  });

  it('picks repeated label + title by occurrence, as the outline counts them', () => {
    const d = doc();
    expect(idOf(d, t('（一）', '工作目标'), 0)).toBe('h1-1');
    expect(idOf(d, t('（一）', '工作目标'), 1)).toBe('h2-1');
    // an outline with more copies than the page: the last one on the page rather than nothing
    expect(idOf(d, t('（一）', '工作目标'), 5)).toBe('h2-1');
  });

  it('matches a heading split across inline elements, and skips a copy hidden by a stylesheet', () => {
    expect(idOf(doc(), t('二、', '重点任务'))).toBe('h2');
  });

  it('treats no-break and full-width spaces as spaces, and ignores spacing between label and title', () => {
    const d = doc();
    expect(idOf(d, t('三、', '保障措施'))).toBe('h3');
    expect(idOf(d, t('（二）', '基本原则'), 1)).toBe('h2-2b');
    expect(idOf(d, t('三、 ', ' 保障 措施'))).toBe('h3');
  });

  it('skips elements with the hidden attribute when counting', () => {
    expect(idOf(doc(), t('（二）', '基本原则'), 1)).toBe('h2-2b');
  });

  it('uses the preview for an untitled law article, ignoring a trailing ellipsis', () => {
    expect(idOf(doc(), t('第三条', '', '为了规范行政行为，保护公民合法权益…'))).toBe('art3');
  });

  it('finds a line after a <br>, marking its own inline element', () => {
    const d = doc();
    expect(idOf(d, t('（二）', '加强督查'))).toBe('h4-2');
    expect(idOf(d, t('四、', '工作要求'))).toBe('h4');
  });

  it('returns null when the heading is not on the page or the target is empty', () => {
    const d = doc();
    expect(locateHeading(d, t('九、', '不存在的标题'), 0)).toBeNull();
    expect(locateHeading(d, t('（一）', '总体'), 0)).toBeNull(); // not a prefix of any block
    expect(locateHeading(d, t(null, '', ''), 0)).toBeNull();
  });
});

describe('locateHeading on a clipped notice', () => {
  it('finds every outline entry of the fixture in the original page, in order', () => {
    const [c] = pageCases((n) => n === 'zh-outline-notice');
    const out = extractFromHtml(c!.html, (c!.expected as { url: string }).url);
    if (!out.ok) throw new Error(out.message);
    const outline = out.page.outline;
    expect(outline.length).toBeGreaterThan(10);
    const d = parseHtml(c!.html).window.document;
    const keys = outline.map(headingKey);
    let previous = -1;
    outline.forEach((entry, i) => {
      const occurrence = keys.slice(0, i).filter((k) => k === keys[i]).length;
      const el = locateHeading(d, entry, occurrence);
      expect(el?.textContent?.replace(/\s/g, '').startsWith(keys[i]!), `${entry.label}${entry.title}`).toBe(true);
      const at = Array.from(d.querySelectorAll('#UCAP-CONTENT p')).indexOf(el as HTMLParagraphElement);
      expect(at).toBeGreaterThan(previous); // in the article, not the hidden mobile menu, and in outline order
      previous = at;
    });
  });
});

describe('headingKey', () => {
  it('drops all whitespace and shortens long titles', () => {
    expect(headingKey(t('一、', ' 总体 要求 '))).toBe('一、总体要求');
    expect(headingKey(t('第一条', '', '为了…'))).toBe('第一条为了');
    expect(headingKey(t(null, 'x'.repeat(100))).length).toBe(24);
  });
});

describe('flashElement', () => {
  afterEach(() => vi.useRealTimers());

  it('marks the element with a box in a closed root, never restyling it, and leaves nothing behind', () => {
    vi.useFakeTimers();
    const d = parseHtml('<p id="a" style="background-color: red; color: blue">一、总体要求</p><p id="b">二、重点任务</p>').window.document;
    Object.defineProperty(d.defaultView!.Range.prototype, 'getBoundingClientRect', {
      configurable: true,
      value: () => new d.defaultView!.DOMRect(10, 20, 100, 18),
    });
    const before = d.documentElement.outerHTML;
    let host: OverlayHost | null = null;
    flashElement(d.getElementById('a')!, 1500, (doc) => (host = createHost(doc)));
    const el = d.querySelector('clausemark-highlighter')!;
    expect(el.shadowRoot).toBeNull(); // closed
    expect(host!.root.querySelectorAll('.flash').length).toBe(1);
    expect(d.getElementById('a')!.style.cssText).toBe('background-color: red; color: blue;');
    expect(d.getElementById('b')!.hasAttribute('style')).toBe(false);
    vi.advanceTimersByTime(1500);
    expect(d.documentElement.outerHTML).toBe(before);
  });
});
