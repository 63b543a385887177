/**
 * WeChat articles (and the 政务 accounts' reposts of them) frame the text with the account's furniture: a follow
 * prompt on top (点击上方蓝字关注…), a QR prompt, the account's slogan lines and 分享/点赞/在看 at the bottom. A
 * reader skips it; left in, its centred lines are read as the title and its bold slogans as headings.
 * Only blocks that are nothing but a prompt go, with the short slogan lines set next to one, never a sentence.
 */
import { squash } from '../../dom/blocks';
import type { BodyContext, Pass } from '../context';

const PROMPT = new RegExp(
  [
    // 点击上方蓝字关注我们, 点击“某某发布”关注, ☝点上方蓝字 设为星标
    String.raw`^[↑☝👆▲△]*\s*(?:点击|点|戳)(?:上方|下方|顶部|标题下方?|文末|右上角)?.{0,24}?(?:关注|订阅|星标)`,
    String.raw`^长按(?:识别|扫描|扫码)?.{0,16}?(?:二维码|关注)`,
    String.raw`^(?:扫码|扫描二维码|识别二维码|扫一扫)\S{0,4}关注`,
    String.raw`^关注我们[!！]?$`,
    String.raw`^(?:点击|戳)?\s*[“"「]?阅读原文`,
    // 分享、点赞、在看，都是对我们的鼓励; 喜欢就点个在看吧
    String.raw`^(?:分享|点赞|在看|转发|收藏)(?:[、，,\s|｜]*(?:分享|点赞|在看|转发|收藏)){1,}`,
    String.raw`^(?:喜欢|觉得不错|觉得有用).{0,10}(?:在看|点赞|赞)`,
    String.raw`^点(?:个|亮)\s*[“"「]?(?:在看|赞)|^点\s*[“"「]?在看`,
  ].join('|'),
);
const MAX_PROMPT = 40;

/** The whole line is a follow / QR / share prompt of a WeChat account. */
export function isFurnitureText(text: string): boolean {
  const t = squash(text);
  return t.length >= 4 && t.length <= MAX_PROMPT && PROMPT.test(t);
}

// After the tail prompt the text has ended: any short line without sentence punctuation is the account's slogan,
// and an image-only block its QR code. Nodes, not elements: in a block of <br> lines the text nodes are the lines.
const textOf = (n: Node) => squash(n.textContent ?? '');
const hasLink = (n: Node) => n.nodeType === 1 && !!(n as Element).querySelector('a');
const isBlank = (n: Node): boolean =>
  !textOf(n) && (n.nodeType !== 1 || !(n as Element).firstElementChild || !!(n as Element).querySelector('img'));
const isSlogan = (n: Node): boolean => {
  const t = textOf(n).replace(/\s+/g, '');
  return !t ? isBlank(n) : t.length <= 24 && !/[。！？；，,：:]/.test(t) && !hasLink(n);
};
// Next to the head prompt the title may follow, so only a slogan's own form counts: phrases set apart (权威发布　服务家长).
const isHeadSlogan = (n: Node): boolean => {
  const t = textOf(n);
  return !t ? isBlank(n) : /^[\p{L}]{2,8}(?:[\s|｜·•]+[\p{L}]{2,8})+$/u.test(t) && !hasLink(n);
};

/** The largest element around `text` that holds nothing else. */
function ownBlock(text: Text, root: Element): Element | null {
  let best: Element | null = null;
  const want = squash(text.nodeValue ?? '');
  for (let el = text.parentElement; el && el !== root; el = el.parentElement) {
    const t = squash(el.textContent ?? '');
    if (t.length > MAX_PROMPT || !t.startsWith(want.slice(0, 2))) break;
    if (isFurnitureText(t)) best = el;
  }
  return best;
}

/** The nodes on one side of a prompt are all slogans, images or prompts (or there are none). */
const onlyFurniture = (nodes: Node[], slogan: (n: Node) => boolean) => nodes.every((n) => slogan(n) || isFurnitureText(textOf(n)));

export function removeFurniture(root: Element): number {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (isFurnitureText(n.nodeValue ?? '')) texts.push(n as Text);
  let removed = 0;
  for (const text of texts) {
    if (!root.contains(text)) continue;
    const block = ownBlock(text, root);
    if (!block) continue;
    const sibs = Array.from(block.parentNode?.childNodes ?? []);
    const at = sibs.indexOf(block);
    const before = sibs.slice(0, at);
    const after = sibs.slice(at + 1);
    // At the head of its block: the slogans around it go. At the tail: everything after it is furniture, so it all
    // goes, with the QR image and blank lines just above it.
    const drop = onlyFurniture(before, isHeadSlogan)
      ? [...before, ...takeWhile(after, isHeadSlogan)]
      : onlyFurniture(after, isSlogan)
        ? [...takeWhile(before.reverse(), isBlank), ...after]
        : [];
    for (const n of [block, ...drop]) n.parentNode?.removeChild(n);
    removed += 1 + drop.filter((n) => n.nodeType === 1).length;
  }
  return removed;
}

function takeWhile<T>(xs: T[], ok: (x: T) => boolean): T[] {
  const i = xs.findIndex((x) => !ok(x));
  return i < 0 ? xs : xs.slice(0, i);
}

export const wechatFurniture: Pass<BodyContext> = {
  name: 'wechat-furniture',
  fixture: 'zh-wechat-article',
  run: (ctx) => void removeFurniture(ctx.body),
};
