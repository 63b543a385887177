/** Seeded generators of fuzz text and markup for tests/unit/fuzz-extract.test.ts (moved out to keep it short). */
/** mulberry32: small, fast and deterministic. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
export type Rng = ReturnType<typeof prng>;

export const ZH = '国务院关于进一步加强和改进行政执法工作的意见各地区各部门要坚持以人民为中心的发展思想全面推进依法行政提高监管效能';
export const EN = 'the regulator shall publish annual review of consumer protection rules under section part schedule notice'.split(' ');
export const AR = 'تنص المادة على أن الهيئة تنشر تقريرا سنويا عن قواعد حماية المستهلك';
export const HE = 'התקנות החדשות נכנסות לתוקף בתחילת השנה הבאה לפי סעיף';
export const NUMBERING = [
  '一、',
  '二、',
  '十一、',
  '（一）',
  '（十二）',
  '1.',
  '2、',
  '12.',
  '（3）',
  '①',
  '第一章 ',
  '第十二条 ',
  '第三节 ',
  '第一部分 ',
  '1.1 ',
  '2.3.4 ',
  'Part 2 ',
  'Section 4. ',
  '§ 3 ',
  'Article 7 ',
  'Schedule 1 ',
  '附件',
  '附则',
];

export function zh(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += ZH[r.int(0, ZH.length - 1)];
  return s + '。';
}
export const en = (r: Rng, n: number) => Array.from({ length: n }, () => r.pick(EN)).join(' ') + '.';
export const text = (r: Rng) => (r.chance(0.5) ? zh(r, r.int(5, 120)) : en(r, r.int(3, 60)));
export const para = (r: Rng) => `<p>${r.chance(0.4) ? r.pick(NUMBERING) : ''}${text(r)}</p>`;
export const wrap = (body: string, head = '<meta charset="utf-8"><title>Fuzz</title>') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
export const article = (r: Rng, n: number) =>
  `<article><h1>${text(r).slice(0, 30)}</h1>${Array.from({ length: n }, () => para(r)).join('')}</article>`;

/**
 * Random bytes decoded as a page's text would be (UTF-8 or GB18030, invalid sequences → U+FFFD), plus controls,
 * bidi overrides and markup fragments. Decoding never yields lone surrogates; raw JS strings with two low
 * surrogates in a row crash jsdom's parser (parse5 7.3) before our code runs — reported, not fuzzed.
 */
export function noise(r: Rng, n: number): string {
  const bytes = Uint8Array.from({ length: n }, () => r.int(0, 255));
  let s = new TextDecoder(r.chance(0.5) ? 'utf-8' : 'gb18030').decode(bytes);
  for (let i = 0; i < n / 20; i++) {
    const at = r.int(0, s.length);
    const bit = r.pick([
      '\u202e',
      '\u200f',
      '\u2066',
      '\ufeff',
      '\uffff',
      '\u0000',
      '\u0007',
      '<',
      '>',
      '&',
      '"',
      '</',
      '<!--',
      ']]>',
      '&#',
      '&#x110000;',
      '&#0;',
      '&amp',
      '&lt',
    ]);
    s = s.slice(0, at) + bit + s.slice(at);
  }
  return s;
}

/** Break markup: unclosed and stray tags, bad entities, cut and duplicated ranges. */
export function mutate(r: Rng, html: string, rounds: number): string {
  let s = html;
  for (let i = 0; i < rounds && s.length > 0; i++) {
    const at = r.int(0, s.length);
    switch (r.int(0, 7)) {
      case 0:
        s = s.slice(0, at) + s.slice(Math.min(s.length, at + r.int(1, 400)));
        break;
      case 1: {
        const from = r.int(0, s.length);
        s = s.slice(0, at) + s.slice(from, from + r.int(1, 2000)) + s.slice(at);
        break;
      }
      case 2:
        s =
          s.slice(0, at) +
          r.pick([
            '<p>',
            '</p>',
            '</div>',
            '<div>',
            '<table>',
            '<td>',
            '</tr>',
            '<li>',
            '<b>',
            '</b></i>',
            '<svg>',
            '<math>',
            '<select>',
            '<textarea>',
            '<frameset>',
            '<!--',
            '<![CDATA[',
            '<template shadowrootmode=open>',
            '</template>',
            '<font><font>',
            '<a href=x>',
            '<br/>',
            '</br>',
            '</body>',
            '<body>',
            '<html>',
          ]) +
          s.slice(at);
        break;
      case 3:
        s =
          s.slice(0, at) +
          r.pick(['&#xZZZ;', '&#99999999;', '&#0;', '&amp', '&lt', '&nosuch;', '&#x;', '&#', '&', '&#xD800;', '&nbsp']) +
          s.slice(at);
        break;
      case 4:
        s = s.slice(0, at) + noise(r, r.int(1, 40)) + s.slice(at);
        break;
      case 5:
        s = s.slice(0, at) + r.pick(NUMBERING) + text(r) + s.slice(at);
        break;
      case 6:
        s = s.slice(0, at); // truncated download
        break;
      default:
        s = s.slice(0, at) + s.slice(at).replace(/>/, ''); // an unterminated tag swallows what follows
    }
  }
  return s;
}
