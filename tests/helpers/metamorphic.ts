/**
 * Presentation transformations for metamorphic tests (issue 15): the same document dressed the way real sites dress
 * it. A reader sees the same title, structure and metadata in every variant, so the pipeline must too.
 * Each transformation takes the parsed page and changes only presentation, never the document's text.
 */
import { parseHtml } from '../../scripts/lib/dom';

export type Transform = (doc: Document) => void;

const el = (doc: Document, html: string): Element => {
  const t = doc.createElement('template');
  t.innerHTML = html.trim();
  return t.content.firstElementChild!;
};

/** The block holding the article: <article>, a known content id, or the body. */
function articleRoot(doc: Document): Element {
  return doc.querySelector('article, #UCAP-CONTENT, .article, .content, main') ?? doc.body;
}

/** Old portals: the whole page inside nested layout tables, a navigation column beside the article. */
const layoutTables: Transform = (doc) => {
  const body = doc.body;
  const inner = Array.from(body.childNodes);
  const outer = el(
    doc,
    '<table width="980" align="center"><tr><td valign="top" width="200"><table><tr><td><a href="/a">机构概况</a></td></tr><tr><td><a href="/b">政务公开</a></td></tr><tr><td><a href="/c">办事服务</a></td></tr></table></td><td valign="top"><table width="100%"><tr><td class="cell"></td></tr></table></td></tr></table>',
  );
  const cell = outer.querySelector('td.cell')!;
  cell.removeAttribute('class');
  for (const n of inner) cell.appendChild(n);
  body.appendChild(outer);
};

/**
 * Paragraphs of the article turned into lines of one block, separated by <br>. Only runs of neighbouring paragraphs
 * are joined, so no text changes place (a paragraph after a heading or in another container stays there).
 */
const brLines: Transform = (doc) => {
  const root = articleRoot(doc);
  const ps = new Set<Element>(Array.from(root.querySelectorAll('p')).filter((p) => !p.querySelector('table, p, div')));
  const runs: Element[][] = [];
  for (const p of ps) {
    const prev = p.previousElementSibling;
    const run = runs[runs.length - 1];
    if (run && prev && prev === run[run.length - 1] && ps.has(prev)) run.push(p);
    else runs.push([p]);
  }
  for (const run of runs.filter((r) => r.length >= 2)) {
    const block = doc.createElement('div');
    run[0]!.before(block);
    for (const p of run) {
      for (const n of Array.from(p.childNodes)) block.appendChild(n);
      block.appendChild(doc.createElement('br'));
      p.remove();
    }
  }
};

/** Site chrome around the document: header navigation, a breadcrumb, a share bar and a footer. */
const siteChrome: Transform = (doc) => {
  const body = doc.body;
  body.prepend(
    el(
      doc,
      '<div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/bsfw">办事服务</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>',
    ),
    el(doc, '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zcwj">政策文件</a></div>'),
  );
  body.append(
    el(
      doc,
      '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> 【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>',
    ),
    el(doc, '<div class="footer"><p>主办单位：某省人民政府办公厅　版权所有</p><p>网站标识码：1300000001　ICP备00000000号</p></div>'),
  );
};

/** WeChat furniture: the follow prompt and a slogan above, the QR code, its prompt and bold slogans below. */
const wechatFurniture: Transform = (doc) => {
  const root = articleRoot(doc);
  root.prepend(
    el(doc, '<p style="text-align:center"><span style="color:#888">点击上方蓝字关注我们</span></p>'),
    el(doc, '<section style="text-align:center"><strong>权威发布　贴心服务</strong></section>'),
  );
  root.append(
    el(doc, '<p style="text-align:center"><img src="https://img.example.cn/qr.png" alt=""></p>'),
    el(doc, '<p style="text-align:center">长按识别二维码　关注我们</p>'),
    el(doc, '<p style="text-align:center"><strong>传递权威声音</strong></p>'),
    el(doc, '<p style="text-align:center"><strong>服务百姓生活</strong></p>'),
    el(doc, '<p>分享、点赞、在看，都是鼓励</p>'),
  );
};

/** A news site's promo links (点击进入“某栏目”>>), set bold and red, above the article and after it. */
const linkPrompts: Transform = (doc) => {
  const root = articleRoot(doc);
  const prompt = (name: string) =>
    el(
      doc,
      `<p><a href="/GB/40/index.html" target="_blank"><span style="color:#c00"><strong>点击进入“${name}”</strong><strong>&gt;&gt;</strong></span></a></p>`,
    );
  root.prepend(prompt('城市记忆'));
  root.append(prompt('图说天下'));
};

/** Heading tags turned into bold centred paragraphs, as many CMS editors produce them. */
const headingsAsBold: Transform = (doc) => {
  for (const h of Array.from(articleRoot(doc).querySelectorAll('h2, h3, h4'))) {
    const p = el(doc, '<p style="text-align:center"><strong></strong></p>');
    for (const n of Array.from(h.childNodes)) p.firstElementChild!.appendChild(n);
    h.replaceWith(p);
  }
};

/**
 * A section number set alone in bold turned into a link to the section's own page, as rules and code sites print
 * "123-450-0010" or "838.005": the number still numbers the section below it.
 */
const numbersAsLinks: Transform = (doc) => {
  const bold = Array.from(articleRoot(doc).querySelectorAll('b, strong'));
  for (const [i, b] of bold.entries()) {
    if (b.closest('a') || !/^(?:§\s*)?\d{1,4}(?:[-.]\d{1,4})+$/.test(b.textContent?.trim() ?? '')) continue;
    const a = el(doc, `<a href="/rules/view?id=${i}"></a>`);
    for (const n of Array.from(b.childNodes)) a.appendChild(n);
    b.appendChild(a);
  }
};

/** Block-level elements whose own text is exactly `text` (whitespace folded). */
function blocksWithText(doc: Document, text: string): Element[] {
  const fold = (s: string) => s.replace(/\s+/g, '');
  return Array.from(doc.body.querySelectorAll('h1, h2, h3, p, div, td, strong')).filter(
    (e) => fold(e.textContent ?? '') === fold(text) && !e.querySelector('p, div, td'),
  );
}

/**
 * A 目录 (table of contents) before the body, listing the document's headings as links, as long laws and plans print
 * one. `headings` are the outline titles of the undressed page (label + title as printed).
 */
export function tocBefore(headings: string[]): Transform {
  return (doc) => {
    const first = headings.map((h) => blocksWithText(doc, h)[0]).find(Boolean);
    if (!first) return;
    const toc = el(doc, '<div class="toc"><p style="text-align:center"><strong>目　录</strong></p></div>');
    for (const h of headings) toc.appendChild(el(doc, `<p><a href="#">${h.replace(/[<&]/g, '')}</a></p>`));
    first.before(toc);
  };
}

/** The document's title printed over two lines (broken by a <br> in the middle), as red-header documents set it. */
export function titleTwoLines(title: string): Transform {
  return (doc) => {
    const [block] = blocksWithText(doc, title);
    if (!block || title.length < 8) return;
    // Latin titles break between words (a line never ends inside "42/2031"); CJK ones anywhere
    const mid = Math.floor(title.length / 2);
    const cjk = /[\u3400-\u9fff]/.test(title);
    const space = cjk ? -1 : title.indexOf(' ', mid) > 0 ? title.indexOf(' ', mid) : title.lastIndexOf(' ', mid);
    if (!cjk && space <= 0) return; // one Latin word ("Scaffolding") is never set over two lines
    const cut = space > 0 ? space : mid;
    block.replaceChildren(doc.createTextNode(title.slice(0, cut)), doc.createElement('br'), doc.createTextNode(title.slice(cut)));
  };
}

/** The `<title>` cut short by the CMS (`…的通…_某某网`): the title printed whole on the page must still win. */
export function titleTruncated(title: string): Transform {
  return (doc) => {
    // only a title the page prints whole can be recovered; one found only in <title> is not this family
    const fold = (s: string) => s.replace(/\s+/g, '');
    if (title.length < 16 || !fold(doc.body?.textContent ?? '').includes(fold(title))) return;
    const cjk = /[\u3400-\u9fff]/.test(title);
    doc.title = `${title.slice(0, Math.floor(title.length * 0.6))}...${cjk ? '_某某网' : ' | Law Online'}`;
  };
}

/** The `<title>` names only the site (article-title metas stay): the headline in the body must still win. */
const titleSiteOnly: Transform = (doc) => {
  const cjk = /[\u3400-\u9fff]/.test(doc.title);
  doc.title = cjk ? '某某市人民政府门户网站' : 'Law Online';
};

/**
 * The site's name printed as its logo heading (`<h2>` in the page's top bar) and closing the `<title>` after a `|`,
 * as agencies' sites print it (`Electrical - Overview | Occupational Safety and Health Administration`): the logo
 * names the site, not the document.
 */
const titleSiteLogo: Transform = (doc) => {
  if (!doc.title.trim() || !doc.body) return;
  const name = 'Office of Example Affairs';
  doc.body.prepend(el(doc, `<div class="site-top"><h2 class="logo"><a href="/">${name}</a></h2></div>`));
  doc.title = `${doc.title.trim()} | ${name}`;
};

/** The `<title>` is only the name of the organ that runs the site (某某电力交易中心), as on exchanges' and bureaus' pages. */
const titleOrganOnly: Transform = (doc) => {
  if (/[\u3400-\u9fff]/.test(doc.title)) doc.title = '某某电力交易中心';
};

// A title naming its issuers first: 某某委 某某局关于…的通知 (the issuers end in an organ's suffix).
const ISSUERS_FIRST = /^((?:[\u4e00-\u9fa5]{2,30}(?:委|局|部|厅|司|院|办|室|府|委员会)[\s\u3000]*)+)(关于.{4,})$/;

/**
 * The `<title>`, article-title metas and h1/h2 drop the issuers a notice's title names before 关于, as portals
 * print it (【关于…的通知】-某某委); the document's own title line keeps them, so title and issuer must not change.
 */
export function titleWithoutIssuers(title: string): Transform {
  return (doc) => {
    const m = ISSUERS_FIRST.exec(title);
    const fold = (s: string) => s.replace(/\s+/g, '');
    if (!m || !doc.body) return;
    const short = m[2]!;
    const heads = Array.from(doc.querySelectorAll('h1, h2')).filter((h) => fold(h.textContent ?? '') === fold(title));
    // only a title still printed whole outside the headings can be recovered
    if (fold(doc.body.textContent ?? '').split(fold(title)).length - 1 <= heads.length) return;
    heads.forEach((h) => (h.textContent = short));
    for (const meta of Array.from(doc.querySelectorAll('meta[name="ArticleTitle" i], meta[property="og:title" i]'))) {
      meta.setAttribute('content', short);
    }
    doc.title = `${short}_某某网`;
  };
}

/**
 * Only the `<title>` drops the issuers a notice's title opens with (某省人民政府关于… → 关于…), as many portals print it:
 * the title line in the body, issuers and all, is still the document's own title, not an enclosed document.
 */
const titleDropsIssuers: Transform = (doc) => {
  const m = /^(\S[^关]{1,40}?)(关于\S+)$/.exec(doc.title.trim());
  if (m && /[\u3400-\u9fff]/.test(m[1]!)) doc.title = m[2]!;
};

/**
 * The CMS's title field is a retyped copy of the printed title line, its 《》 dropped (关于印发某某办法的通知): the
 * title the page prints, marks and all, must still win.
 */
export function titleRetyped(title: string): Transform {
  return (doc) => {
    const fold = (s: string) => s.replace(/\s+/g, '');
    if (!/《.+》/.test(title) || !fold(doc.body?.textContent ?? '').includes(fold(title))) return;
    const retyped = title.replace(/[《》]/g, '');
    doc.querySelectorAll('meta[name="ArticleTitle" i], meta[property="og:title" i]').forEach((m) => m.remove());
    doc.head.insertAdjacentHTML('beforeend', `<meta name="ArticleTitle" content="${retyped}">`);
  };
}

export const TRANSFORMS: Record<string, Transform> = {
  layoutTables,
  brLines,
  siteChrome,
  wechatFurniture,
  linkPrompts,
  headingsAsBold,
  numbersAsLinks,
  titleSiteOnly,
  titleSiteLogo,
  titleOrganOnly,
  titleDropsIssuers,
};

export function transformHtml(html: string, url: string, t: Transform): string {
  const dom = parseHtml(html, url);
  try {
    t(dom.window.document);
    return dom.serialize();
  } finally {
    dom.window.close();
  }
}
