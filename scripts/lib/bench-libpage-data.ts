/**
 * The library page's generated library (its e2e test and its bench): n clips of policy documents with issuers,
 * 文号, written/published dates over ten years, 20 sites, highlights on a third, 5 collections. Summary rows and
 * short bodies only: the page reads the clips table, and a body only for the clip it previews.
 */
import type { FullBundle } from '../../utils/export/types';
import { emptyPolicy } from '../../utils/model';
import { int, pick, prng } from './gen-text';

export const LIB_ISSUERS: [issuer: string, code: string][] = [
  ['国务院', '国发'],
  ['国务院办公厅', '国办发'],
  ['财政部', '财税'],
  ['国家税务总局', '税总发'],
  ['工业和信息化部', '工信部规'],
  ['生态环境部', '环发'],
  ['北京市人民政府', '京政发'],
  ['上海市人民政府', '沪府发'],
  ['广东省人民政府', '粤府'],
  ['国家发展改革委', '发改规'],
];
const TOPICS = ['数据安全', '营商环境', '数字经济', '安全生产', '乡村振兴', '应急管理', '知识产权保护', '大气污染防治'];
const KINDS = ['关于加强{}工作的意见', '{}条例实施办法', '关于印发{}行动方案的通知', '{}发展规划'];
export const LIB_COLLECTIONS = ['税收政策', '数据治理', '营商环境', 'UK Acts', '待读'];

export function libpageBundle(n: number, seed = 17): FullBundle {
  const r = prng(seed);
  const b: FullBundle = { clips: [], bodies: [], highlights: [], collections: [], memberships: [], settings: [] };
  b.collections = LIB_COLLECTIONS.map((name, i) => ({ id: `col-${i}`, name, createdAt: i, description: '' }));
  const start = Date.UTC(2023, 0, 1);
  for (let i = 0; i < n; i++) {
    const id = `lp-${i}`;
    const en = i % 10 === 9;
    const [issuer, code] = pick(r, LIB_ISSUERS);
    const year = 2015 + (i % 10);
    const date = `${year}-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}`;
    const written = !en && r() < 0.8;
    const url = `https://site${i % 20}.example.gov.cn/art/${i}.html`;
    const at = start + Math.floor((i / n) * 700 * 86_400_000);
    const title = en ? `Finance Act ${year} (${i})` : `${pick(r, KINDS).replace('{}', pick(r, TOPICS))}（${i}）`;
    const text = en
      ? `Part 1 Section 1 ${title}. The Treasury may by regulations make provision.`
      : `一、总则\n${title}。第一条 为了规范管理，制定本办法。`;
    const highlights = i % 3 === 0 ? int(r, 1, 3) : 0;
    b.clips.push({
      id,
      url,
      canonicalUrl: url,
      title,
      siteName: en ? 'legislation.gov.uk' : `站点${i % 20}`,
      byline: '',
      lang: en ? 'en' : i % 7 === 0 ? '' : 'zh-CN',
      publishedTime: '',
      excerpt: '',
      policy: {
        ...emptyPolicy(),
        issuer: en ? '' : issuer,
        docNumber: en ? '' : `${code}〔${year}〕${int(r, 1, 120)}号`,
        writtenDate: written ? date : '',
        publishDate: en ? '' : date,
      },
      charCount: text.length,
      contentHash: `h${i}`,
      mode: 'article',
      savedAt: at,
      updatedAt: at,
      highlightCount: highlights,
    });
    b.bodies.push({
      clipId: id,
      html: text
        .split('\n')
        .map((p, k) => `<p id="p${k}">${p}</p>`)
        .join(''),
      text,
      outline: en ? [] : [{ level: 1, label: '一、', title: '总则', preview: '', anchor: 'p0' }],
    });
    for (let h = 0; h < highlights; h++) {
      const quote = text.slice(0, 6 + h);
      b.highlights.push({
        id: `${id}-h${h}`,
        clipId: id,
        url,
        color: pick(r, ['yellow', 'green', 'blue', 'pink']),
        note: h === 0 ? '需对照执行' : '',
        createdAt: at + h,
        updatedAt: at + h,
        selectors: { quote, prefix: '', suffix: '', start: 0, end: quote.length, outlinePath: [] },
      });
    }
    if (i % 8 === 0) b.memberships.push({ collectionId: `col-${i % 5}`, clipId: id, addedAt: at });
  }
  return b;
}
