/**
 * A generated library for the library bench: n clips (85% Chinese statute-like bodies of 1–8k chars, 15% English
 * Acts), on 40 sites over two years, ~3 highlights per clip (some with notes), issuers and document numbers.
 */
import type { FullBundle } from '../../utils/export/types';
import { emptyPolicy } from '../../utils/types';
import { chineseLaw, englishAct, int, pick, prng } from './gen-text';

export const ISSUERS = [
  '国务院',
  '国务院办公厅',
  '国家发展改革委',
  '工业和信息化部',
  '生态环境部',
  '北京市人民政府',
  '上海市人民政府',
  '广东省人民政府',
];
const PREFIX = ['国发', '国办发', '发改规', '工信部规', '环发', '京政发', '沪府发', '粤府'];
const TOPICS = [
  '数据安全',
  '营商环境',
  '数字经济',
  '安全生产',
  '乡村振兴',
  '应急管理',
  '知识产权保护',
  '大气污染防治',
  '政府信息公开',
  '食品安全',
];
const KINDS = ['关于加强{}工作的意见', '{}条例实施办法', '关于印发{}行动方案的通知', '{}发展规划', '关于进一步做好{}的通知'];
const NOTES = ['重点：与本单位职责相关', '需对照执行', 'check against the 2023 rules', '第三条有变化', '待法务确认'];

/** Texts long enough to cut 8k windows from; cut at random offsets so bodies differ. */
function sources(): { zh: string[]; en: string[] } {
  return {
    zh: Array.from({ length: 30 }, (_, i) => chineseLaw(24_000, 100 + i)),
    en: Array.from({ length: 6 }, (_, i) => englishAct(24_000, 200 + i)),
  };
}

export function libraryBundle(n: number, seed = 11): FullBundle {
  const r = prng(seed);
  const src = sources();
  const b: FullBundle = { clips: [], bodies: [], highlights: [], collections: [], memberships: [], settings: [] };
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < n; i++) {
    const id = `lib-${i}`;
    const zh = r() < 0.85;
    const whole = pick(r, zh ? src.zh : src.en);
    const len = int(r, 1000, 8000);
    const from = int(r, 0, whole.length - len);
    const text = whole.slice(from, from + len);
    const at = start + Math.floor((i / n) * 730 * 86_400_000) + int(r, 0, 3_600_000);
    const url = `https://site${i % 40}.example.gov.cn/art/${i}.html`;
    const k = int(r, 0, ISSUERS.length - 1);
    const topic = pick(r, TOPICS);
    const title = zh ? pick(r, KINDS).replace('{}', topic) : `${text.split('\n')[0]!.slice(0, 60)} (${i})`;
    const docNumber = zh ? `${PREFIX[k]}〔${2020 + (i % 6)}〕${(i % 97) + 1}号` : '';
    b.clips.push({
      id,
      url,
      canonicalUrl: url,
      title,
      siteName: `站点${i % 40}`,
      byline: '',
      lang: zh ? 'zh-CN' : 'en',
      publishedTime: '',
      excerpt: text.slice(0, 100),
      policy: { ...emptyPolicy(), issuer: zh ? ISSUERS[k]! : '', docNumber },
      charCount: text.length,
      contentHash: `h${i}`,
      mode: 'article',
      savedAt: at,
      updatedAt: at,
      highlightCount: 0,
    });
    b.bodies.push({
      clipId: id,
      html: text
        .split('\n')
        .map((p) => `<p>${p}</p>`)
        .join(''),
      text,
      outline: [],
    });
    const clip = b.clips[b.clips.length - 1]!;
    for (let h = int(r, 1, 5); h > 0; h--, clip.highlightCount++) {
      const s = int(r, 0, text.length - 60);
      const e = s + int(r, 8, 60);
      b.highlights.push({
        id: `${id}-h${h}`,
        clipId: id,
        url,
        color: pick(r, ['yellow', 'green', 'blue', 'pink']),
        note: r() < 0.3 ? pick(r, NOTES) : '',
        createdAt: at + h,
        updatedAt: at + h,
        selectors: {
          quote: text.slice(s, e),
          prefix: text.slice(Math.max(0, s - 32), s),
          suffix: text.slice(e, e + 32),
          start: s,
          end: e,
          outlinePath: [],
        },
      });
    }
  }
  return b;
}

/** ≥ 50 queries: Chinese words and phrases, English words and phrases, document numbers, and queries that hit nothing. */
export const LIBRARY_QUERIES: { kind: string; q: string }[] = [
  ...[
    '监督管理',
    '数据安全',
    '营商环境',
    '应急处置',
    '信息公开',
    '法律责任',
    '县级以上地方人民政府',
    '罚款',
    '标准制定',
    '个人信息保护',
    '乡村振兴',
    '资金保障',
    '宣传教育',
    '国际合作',
    '食品安全',
  ].map((q) => ({ kind: 'zh word', q })),
  ...[
    '"依照法律、行政法规的规定"',
    '"责令改正"',
    '数字经济 发展',
    '安全生产 监督检查',
    '"制定具体办法"',
    '生态环境 主管部门 监测',
    '统计调查 信息公开',
    '"情节严重的"',
    '本法所称 是指',
    '公安机关 网信部门',
  ].map((q) => ({ kind: 'zh phrase', q })),
  ...['commissioner', 'penalty', 'records', 'inventory', 'notice', 'regulator', 'compliance', 'information', 'tribunal', 'offence'].map(
    (q) => ({ kind: 'en word', q }),
  ),
  ...['"may by notice require"', '"within 30 days"', 'civil penalty', 'data protection'].map((q) => ({ kind: 'en phrase', q })),
  ...['国发〔2021〕', '国办发〔2023〕15号', '京政发', '沪府发〔2025〕', '粤府〔2020〕7号', '发改规'].map((q) => ({
    kind: 'doc number',
    q,
  })),
  ...['量子纠缠', '"不存在的短语"', 'xylophone', 'zzqx 数据', '航天器 轨道', '区块链钱包', 'blockchain wallet', '碳达峰碳中和路线图'].map(
    (q) => ({ kind: 'no hit', q }),
  ),
];
