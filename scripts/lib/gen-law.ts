/**
 * A generated very large law (编 > 章 > 节 > 条, like the Civil Code) as an npc.gov.cn-style HTML page, for
 * benchmarks that need a worst-case policy document (outline building, later highlight anchoring).
 * Deterministic: the same options always give the same page (seeded PRNG, never Math.random).
 */

import { cnNumber, prng } from './gen-basics';
import { LAW_WORDS } from './gen-law-words';

const { SUBJECTS, CLAUSES, CONDITIONS, ITEMS, TOPICS, KINDS, BOOK_TITLES } = LAW_WORDS;

export interface LawOptions {
  seed?: number;
  books?: number;
  chapters?: number;
  articles?: number;
  /** characters of the law's text (headings and articles, whitespace excluded), approximately */
  chars?: number;
  /** share of chapters divided into 节 */
  sectionShare?: number;
}

export interface GeneratedLaw {
  html: string;
  title: string;
  url: string;
  /** what was generated, so a benchmark or test can check the outline against it */
  counts: { books: number; chapters: number; sections: number; articles: number; items: number; chars: number };
}

const nospaceLen = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '').length;

/** Split `total` into `n` parts proportional to random weights, each at least `min`, summing exactly. */
function allocate(total: number, n: number, min: number, rnd: () => number): number[] {
  const w = Array.from({ length: n }, () => 0.5 + rnd());
  const sum = w.reduce((a, b) => a + b, 0);
  const free = total - n * min;
  const raw = w.map((x) => (x / sum) * free);
  const out = raw.map((x) => min + Math.floor(x));
  // Largest remainders get the leftover units, so the parts add up exactly.
  const order = raw.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0, left = total - out.reduce((a, b) => a + b, 0); k < left; k++) out[order[k % n]![1]]! += 1;
  return out;
}

interface Chapter {
  title: string;
  sections: Array<{ title: string; articles: number }> | null;
  articles: number;
}

export function generateLaw(opts: LawOptions = {}): GeneratedLaw {
  const { seed = 20240311, books = 7, chapters = 80, articles = 1300, chars = 120_000, sectionShare = 0.25 } = opts;
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const title = '中华人民共和国公共事务管理法';

  // Plan the structure first, so the article text can share what the headings leave of the character budget.
  const perBook = allocate(chapters, books, 1, rnd);
  const perChapter = allocate(articles, chapters, 3, rnd);
  const plan: Array<{ title: string; chapters: Chapter[] }> = [];
  let ci = 0;
  let sectionCount = 0;
  for (let b = 0; b < books; b++) {
    const chs: Chapter[] = [];
    for (let c = 0; c < perBook[b]!; c++, ci++) {
      const n = perChapter[ci]!;
      const last = b === books - 1 && c === perBook[b]! - 1;
      const chTitle = c === 0 ? '一般规定' : last ? '附　　则' : `${pick(TOPICS)}${pick(KINDS)}`;
      const split = !last && c > 0 && n >= 8 && rnd() < sectionShare;
      const secs = split
        ? allocate(n, 2 + Math.floor(rnd() * Math.min(3, n / 4 - 1)), 2, rnd).map((k) => ({
            title: `${pick(TOPICS)}${pick(KINDS)}`,
            articles: k,
          }))
        : null;
      sectionCount += secs?.length ?? 0;
      chs.push({ title: chTitle, sections: secs, articles: n });
    }
    plan.push({ title: BOOK_TITLES[b % BOOK_TITLES.length]!, chapters: chs });
  }

  const body: string[] = [];
  const toc: string[] = [];
  let used = 0;
  let items = 0;
  const heading = (text: string, tocIndent: string) => {
    // npc.gov.cn sets the TOC as plain indented lines and the body's headings centred and bold.
    used += nospaceLen(text);
    toc.push(`<p>${tocIndent}${text}</p>`);
    body.push(`<p style="text-align: center;"><strong>${text}</strong></p>`);
  };
  const para = (text: string) => {
    used += nospaceLen(text);
    body.push(`<p>　　${text}</p>`);
  };
  // 章 numbering restarts in each 编 and 节 in each 章, as in the Civil Code.
  const head = (n: number, unit: string, t: string) => `第${cnNumber(n)}${unit}　${t}`;
  let headingChars = 0;
  for (const [b, bk] of plan.entries()) {
    headingChars += nospaceLen(head(b + 1, '编', bk.title));
    for (const [c, ch] of bk.chapters.entries()) {
      headingChars += nospaceLen(head(c + 1, '章', ch.title));
      for (const [s, se] of (ch.sections ?? []).entries()) headingChars += nospaceLen(head(s + 1, '节', se.title));
    }
  }
  const articleBudget = chars - headingChars;
  let articleChars = 0;
  let no = 0;

  const sentence = () => `${pick(SUBJECTS)}${pick(CLAUSES)}${rnd() < 0.35 ? `；${pick(CONDITIONS)}` : ''}。`;
  const article = () => {
    no++;
    const label = `第${cnNumber(no)}条　`;
    // Aim each article at its fair share of what is left, jittered, so the total lands near the budget.
    const target = Math.max(24, ((articleBudget - articleChars) / (articles - no + 1)) * (0.5 + rnd()));
    const start = used;
    if (no === 1) para(`${label}为了规范公共事务管理活动，保护公民、法人和其他组织的合法权益，维护社会秩序，根据宪法，制定本法。`);
    else if (no === articles) para(`${label}本法自2026年1月1日起施行。`);
    else if (rnd() < 0.12) {
      // An article listing items: a lead ending in a colon, then （一）（二）… each in a paragraph of its own.
      para(`${label}${pick(SUBJECTS)}有下列情形之一的，${pick(CLAUSES)}：`);
      const n = 2 + Math.floor(rnd() * 5);
      const pool = [...ITEMS];
      for (let k = 1; k <= n; k++) para(`（${cnNumber(k)}）${pool.splice(Math.floor(rnd() * pool.length), 1)[0]!}${k === n ? '。' : '；'}`);
      items += n;
      if (used - start < target) para(`有前款第${cnNumber(1 + Math.floor(rnd() * n))}项规定情形的，${pick(CONDITIONS)}。`);
    } else {
      let text = label + sentence();
      while (used - start + nospaceLen(text) < target) {
        // A long article gets a second paragraph (款) now and then, as real laws do.
        if (nospaceLen(text) > 60 && rnd() < 0.3) {
          para(text);
          text = `前款规定的${pick(TOPICS)}事项，${pick(SUBJECTS)}${pick(CLAUSES)}。`;
        } else text += sentence();
      }
      para(text);
    }
    articleChars += used - start;
  };

  for (const [b, bk] of plan.entries()) {
    heading(head(b + 1, '编', bk.title), '');
    for (const [c, ch] of bk.chapters.entries()) {
      heading(head(c + 1, '章', ch.title), '　　');
      if (!ch.sections) for (let k = 0; k < ch.articles; k++) article();
      else
        for (const [s, se] of ch.sections.entries()) {
          heading(head(s + 1, '节', se.title), '　　　　');
          for (let k = 0; k < se.articles; k++) article();
        }
    }
  }
  const url = 'https://www.npc.gov.cn/npc/c2/c30834/202603/t20260311_000001.html';
  const html = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}_中国人大网</title>
<meta name="ArticleTitle" content="${title}"><meta name="ContentSource" content="中国人大网"><meta name="PubDate" content="2026-03-11 18:30">
</head><body>
<div class="header"><a href="/">首页</a> <a href="/npc/c2/c183/">立法</a> <a href="/npc/c2/c12435/">监督</a> <a href="/npc/c2/c12434/">代表</a> <a href="/npc/c2/c30834/">法律法规库</a></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/npc/c2/c30834/">法律</a></div>
<div class="tit"><h1>${title}</h1></div>
<div class="fontsize">来源：中国人大网　　浏览字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div id="Zoom">
<p style="text-align: center;">（2026年3月11日第十四届全国人民代表大会第四次会议通过）</p>
<p style="text-align: center;">目　　录</p>
${toc.join('\n')}
${body.join('\n')}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="footer">版权所有：全国人大常委会办公厅　京ICP备05070620号</div>
</body></html>
`;
  return { html, title, url, counts: { books, chapters, sections: sectionCount, articles: no, items, chars: used } };
}
