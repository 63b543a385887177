/**
 * Page chrome that slips through on Chinese CMS pages (版权声明, 上一篇/下一篇, 相关推荐, 责任编辑, 字体大中小,
 * 打印本页/关闭窗口, 分享到, 扫一扫…). Only short elements made of chrome are removed, so no sentence of the
 * document itself is ever dropped.
 */
import { squash } from '../../dom/blocks';
import type { ArticleContext, BodyContext, Pass } from '../context';
import { isTeaserList } from './teaser-lists';

interface ChromeRule {
  re: RegExp;
  /** longest text (in characters) an element may have and still be removed as this chrome */
  max: number;
}

const RULES: ChromeRule[] = [
  { re: /^[【\[]?\s*(字[体号]|文字)\s*[:：]?\s*[【\[]?\s*大/, max: 80 },
  { re: /^[【\[]?\s*(上一篇|下一篇|上一条|下一条|上篇|下篇|上一页|下一页)/, max: 200 },
  { re: /^第\s*\d+\s*页\s*[/／]\s*共\s*\d+\s*页/, max: 80 }, // pager: 第1页/共3页 << 上一页 | 下一页 >>
  // Whole line made of print/close buttons only: "关闭违法企业。" is a sentence, "【打印】【关闭】" is chrome.
  {
    re: /^(?:[【\[]?\s*(?:打印本页|打印此页|打印文章|关闭窗口|关闭本页|打印|关闭|收藏|纠错|我要纠错|返回顶部|返回目录|返目录|返回首页|返回列表|上一页|下一页)\s*[】\]]?\s*)+$/,
    max: 60,
  },
  { re: /^(分享到|分享至|一键分享|转发到)/, max: 120 },
  { re: /^(微信)?扫一扫|^用微信扫|^扫描二维码|^手机扫码|^在手机上打开/, max: 120 },
  { re: /^[（(【\[]?\s*(责任编辑|责编|编辑|审核|校对|监制)\s*[:：]/, max: 80 },
  // …but a line about copyright law (a report's "Copyright Office and NTIA Studies …", "Copyright Act of 1976")
  // is the text, not the site's notice
  {
    re: /^(版权声明|版权所有|免责声明|copyright\b(?!\s+(?:office|act|law|board|royalty|royalties|protection|term|owners?|holders?|infringement|exceptions?|directive|treaty|amendments?|registration|claims?)\b)|©|\(c\)\s*\d{4})/i,
    max: 400,
  },
  { re: /^(当前位置|您当前的位置|您现在的位置|当前所在位置|所在位置)\s*[:：]/, max: 200 },
  {
    re: /^[A-Za-z]{0,5}(相关推荐|相关阅读|相关新闻|相关报道|相关内容|相关专题|相关文章|相关链接|相关文件|延伸阅读|猜你喜欢|热点推荐|推荐阅读|热门推荐|精彩推荐|编辑推荐|为你推荐|为您推荐|热门文章|更多阅读|扩展阅读)\s*[:：]?$/,
    max: 20,
  },
  // A bare attribution line (来源：新华网) is metadata, read from the page before clean-up; a sentence is longer.
  { re: /^来源\s*[:：]\s*[^。！？，,；;]{1,24}$/, max: 30 },
  // Reading counters and forum/blog furniture: 您是本文第 154 个阅览者, (本文发表于…, 已被阅读178次), trackback links.
  { re: /^[（(]?\s*(您是本文第\s*\d+\s*[个位]|本文(发表于|已被).{0,40}(阅读|浏览|点击)\s*\d+\s*次)/, max: 80 },
  { re: /^(本文)?(通告)?引用\s*[（(]?\s*trackback/i, max: 120 },
  { re: /^(回复线索|主题已经?关闭)/, max: 40 },
];

const RELATED_HEAD = RULES.find((r) => r.re.source.includes('(相关推荐'))!.re;

function linkDensity(el: Element, textLen: number): number {
  if (!textLen) return 0;
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += squash(a.textContent ?? '').length;
  return linked / textLen;
}

const INFO_PARTS = [
  /来源\s*[:：]/,
  /作者\s*[:：]/,
  /(发布|发表|更新)?(时间|日期)\s*[:：]/,
  /^(发表|发布)于/,
  /\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}/,
  /(浏览|阅读|点击)(次数|数|量)?\s*[:：]/,
  /编辑\s*[:：]/,
];

/** The "2024-03-15 | 来源：… 作者：…" line under a title: short, and made of at least two such parts. */
export function isInfoLine(t: string): boolean {
  return t.length <= 120 && INFO_PARTS.filter((re) => re.test(t)).length >= 2 && !/[。！？]$/.test(t);
}

// Separators that CMS templates put before a chrome line ("- 作者：…", "| 回复线索").
const LEAD_SEPARATOR = /^[-–—|｜·•]+\s*/;

export function isChromeText(text: string): boolean {
  const t = squash(text).replace(LEAD_SEPARATOR, '');
  return !!t && (RULES.some((r) => t.length <= r.max && r.re.test(t)) || isInfoLine(t));
}

// Cheap first test on a text node: could a chrome line start here? Only these are looked at further,
// so the clean-up costs one pass over the text nodes instead of textContent on every element.
const STARTER =
  /^[\s【\[（(|｜·•\-–—]*(字[体号]|文字|上一|下一|上篇|下篇|打印|关闭|收藏|纠错|我要|返回顶部|分享|一键分享|转发到|微信|扫|用微信|手机扫|在手机|责任编辑|责编|编辑|审核|校对|监制|版权|免责|copyright|©|\(c\)|当前|您当前|您现在|所在位置|相关|延伸阅读|猜你|热点推荐|推荐阅读|热门|精彩推荐|编辑推荐|为你|为您|[a-z]{1,5}(相关|精彩|编辑)|更多阅读|扩展阅读|来源|作者|发布|发表|时间|日期|浏览|点击|阅读数|您是本文|本文(发表|已被|通告|引用)|通告引用|引用|回复线索|主题已|返回|返目录|第\s*(\d|$)|\d{4}\s*[-年/.])/i;
const MAX_CHROME = 400;

/** Remove chrome elements under `root` in place. Returns how many elements were removed. */
export function removeChrome(root: Element): number {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const candidates: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (v.trim() && STARTER.test(v)) candidates.push(n as Text);
  }
  let removed = 0;
  for (const textNode of candidates) {
    if (!root.contains(textNode)) continue;
    // Climb to the largest ancestor that is still nothing but chrome.
    let best: Element | null = null;
    let related = false;
    for (let el = textNode.parentElement; el && el !== root; el = el.parentElement) {
      const t = squash(el.textContent ?? '');
      if (t.length > MAX_CHROME) break;
      if (!t.startsWith(squash(textNode.nodeValue ?? '').slice(0, 2))) break; // the line must start with this text
      if (RELATED_HEAD.test(t) && t.length <= 20) {
        best = el;
        related = true;
      } else if (isChromeText(t)) {
        best = el;
        related = false;
      }
    }
    if (!best) continue;
    if (related) removeRelatedBlock(best);
    else best.remove();
    removed++;
  }
  return removed;
}

/** A 相关推荐 heading: drop it, the link list after it, and a wrapper that holds nothing else. */
function removeRelatedBlock(head: Element): void {
  const parent = head.parentElement;
  let sib = head.nextElementSibling;
  while (sib) {
    const next = sib.nextElementSibling;
    const t = squash(sib.textContent ?? '');
    if (t && linkDensity(sib, t.length) < 0.6 && !isTeaserList(sib)) break;
    sib.remove();
    sib = next;
  }
  head.remove();
  if (parent && parent.parentElement) {
    const rest = squash(parent.textContent ?? '');
    if (!rest || (rest.length < 1000 && linkDensity(parent, rest.length) > 0.6)) parent.remove();
  }
}

/** Before Readability, so chrome does not sway its scoring; after it, for chrome inside the blocks it kept. */
export const chromeBefore: Pass<BodyContext> = {
  name: 'chrome-cleanup',
  fixture: 'zh-cms-article',
  run: (ctx) => void removeChrome(ctx.body),
};
export const chromeAfter: Pass<ArticleContext> = {
  name: 'chrome-cleanup',
  fixture: 'zh-cms-article',
  run: (ctx) => void removeChrome(ctx.content),
};
