/**
 * The author note closing a commentary: (作者：张三，某某大学教授), （作者：李四 某某研究院研究员）, or glued as printed
 * (作者：方敏北京大学经济学院教授). The name is kept, the affiliation dropped; a note with no name (作者系…) gives none.
 */
const NOTE = /[(（]\s*作者\s*[:：]\s*([^()（）:：]{3,60}?)\s*[)）]\s*$/;
const SPLIT = /^([\u4e00-\u9fa5·]{2,5})(?:\s*[，,、；;]\s*|\s+|系|为|是)(\S.*)$/;
// An affiliation opens with a place, an organ or a school; this tells a glued two-character name from a three.
const ORG_START =
  /^(?:中国|中央|中共|国家|国务院|全国|首都|人民|北京|上海|天津|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|陕西|甘肃|青海|宁夏|新疆|西藏|内蒙古|香港|澳门|清华|复旦|南开|同济|武汉|南京|厦门|中山|深圳|广州|杭州|西安|成都|华东|华南|华中|西南|西北|东北|对外|社科|财经|国防|军事)/;
// what ends an affiliation: a post or a title
const POST_END = /(?:教授|研究员|主任|院长|所长|会长|秘书长|书记|局长|部长|处长|专家|学者|博士|博士生|研究生|讲师|馆长|律师|委员|理事)$/;

/** The name of an author note ending `line`, or ''. */
export function creditName(line: string): string {
  const note = NOTE.exec(line)?.[1]?.trim();
  if (!note) return '';
  if (/^[\u4e00-\u9fa5·]{2,5}$/.test(note)) return note;
  const split = SPLIT.exec(note);
  if (split && POST_END.test(split[2]!)) return split[1]!;
  if (!POST_END.test(note)) return '';
  for (const len of [2, 3]) if (ORG_START.test(note.slice(len))) return note.slice(0, len);
  return '';
}

// （袁源）, （张三 李四）, or glued to the last paragraph (…正式启动。（张巨峰）): the writers' bare names closing a story.
const BARE = /(?:^|[。！？!?”」])\s*[(（]\s*([\u4e00-\u9fa5·]{2,4}(?:(?:\s*、\s*|\s+)[\u4e00-\u9fa5·]{2,4}){0,3})\s*[)）]\s*$/;
// what such brackets hold when they name nobody: (完), (待续), (本文有删节), a photo credit (刘通摄), an outlet or an organ
const NOT_A_NAME =
  /完|续|删节|全文|试行|暂行|修订|草案|意见|稿$|表$|签|章|化名|节选|摘|整理|编|校|审|译|转载|原创|综合|供|来源|记者|通讯员|摄$|图$|[社网报台站部局委厅办院所处会]$|中心|公司|集团|新闻|在线|视频|音频|附件/;

/** The names of a bare credit in brackets ending `line`, as printed, or ''. */
export function bareCredit(line: string): string {
  const names = BARE.exec(line)?.[1]?.trim();
  if (!names) return '';
  return onlyNames(names) ? names.replace(/\s+/g, ' ') : '';
}

/** Bare words in brackets that are all people's names, not an outlet, an organ or a note. */
export const onlyNames = (names: string): boolean => names.split(/[\s、，,]+/).every((n) => !NOT_A_NAME.test(n));
