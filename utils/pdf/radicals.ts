/**
 * CJK fonts (Noto CJK among them) map some glyphs to radical code points in their ToUnicode tables, so a PDF's
 * text says ⼀ (U+2F00) for 一 and ⺠ (U+2EA0) for 民: the numbering, dates and search would all miss them.
 * Kangxi radicals fold by NFKC; the simplified-form supplement radicals do not, so they are listed here.
 * (Only these blocks are touched: NFKC on the whole text would turn （一） into (一) and 　 into a space.)
 */
const SUPPLEMENT: Record<string, string> = {
  '\u2e81': '厂',
  '\u2e87': '几',
  '\u2e8a': '卜',
  '\u2e97': '心',
  '\u2e9d': '月',
  '\u2e9f': '母',
  '\u2ea0': '民',
  '\u2ea1': '氵',
  '\u2ea3': '灬',
  '\u2ea4': '爫',
  '\u2ea7': '牛',
  '\u2ea8': '犭',
  '\u2ea9': '王',
  '\u2eaa': '疋',
  '\u2eac': '示',
  '\u2ead': '礻',
  '\u2eaf': '糸',
  '\u2eb0': '纟',
  '\u2ebb': '聿',
  '\u2ebc': '肉',
  '\u2ebe': '艹',
  '\u2ec1': '虎',
  '\u2ec2': '衤',
  '\u2ec4': '西',
  '\u2ec5': '见',
  '\u2ec6': '角',
  '\u2ec8': '讠',
  '\u2ec9': '贝',
  '\u2ecb': '车',
  '\u2ecc': '辶',
  '\u2ecd': '辶',
  '\u2ecf': '阝',
  '\u2ed0': '钅',
  '\u2ed1': '長',
  '\u2ed3': '长',
  '\u2ed4': '门',
  '\u2ed6': '阝',
  '\u2ed7': '雨',
  '\u2ed8': '青',
  '\u2ed9': '韦',
  '\u2eda': '页',
  '\u2edb': '风',
  '\u2edc': '飞',
  '\u2edd': '食',
  '\u2edf': '飠',
  '\u2ee0': '饣',
  '\u2ee2': '马',
  '\u2ee3': '骨',
  '\u2ee4': '鬼',
  '\u2ee5': '鱼',
  '\u2ee6': '鸟',
  '\u2ee7': '卤',
  '\u2ee8': '麦',
  '\u2ee9': '黄',
  '\u2eec': '齐',
  '\u2eed': '歯',
  '\u2eee': '齿',
  '\u2eef': '竜',
  '\u2ef0': '龙',
  '\u2ef3': '龟',
};

const RADICAL = /[\u2e80-\u2fdf]/g;

export function foldRadicals(s: string): string {
  return RADICAL.test(s) ? s.replace(RADICAL, (c) => SUPPLEMENT[c] ?? c.normalize('NFKC')) : s;
}
