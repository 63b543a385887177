/** The popup bench's library: a generated backup of n clips, imported through the options page. */
import type { FullBundle } from '../../utils/export/types';
import { emptyPolicy } from '../../utils/types';
import { chineseLaw, englishAct, int, pick, prng } from './gen-text';

/** n clips on 40 sites over two years, a third of them with highlights; bodies cut from 24 generated texts. */
export function seedBundle(n: number): FullBundle {
  const r = prng(7);
  const texts = Array.from({ length: 24 }, (_, i) => (i % 3 ? chineseLaw(1500, i + 1) : englishAct(2500, i + 1)));
  const bundle: FullBundle = { clips: [], bodies: [], highlights: [], collections: [], memberships: [], settings: [] };
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < n; i++) {
    const id = `bench-${i}`;
    const src = pick(r, texts);
    const from = int(r, 0, src.length - 1200);
    const text = src.slice(from, from + 1200);
    const zh = /[\u4e00-\u9fff]/.test(text);
    const at = start + Math.floor((i / n) * 730 * 86_400_000);
    const url = `https://site${i % 40}.example.gov.cn/doc/${i}.html`;
    bundle.clips.push({
      id,
      url,
      canonicalUrl: url,
      title: `${zh ? '关于数据管理的通知' : 'Notice on data records'} ${i}`,
      siteName: `站点${i % 40}`,
      byline: '',
      lang: zh ? 'zh-CN' : 'en',
      publishedTime: '',
      excerpt: text.slice(0, 80),
      policy: { ...emptyPolicy(), docNumber: zh ? `某发〔2025〕${i}号` : '' },
      charCount: text.length,
      contentHash: `h${i}`,
      mode: 'article',
      savedAt: at,
      updatedAt: at,
    } as FullBundle['clips'][number]);
    bundle.bodies.push({
      clipId: id,
      html: text
        .split('\n')
        .map((p) => `<p>${p}</p>`)
        .join(''),
      text,
      outline: [],
    });
    if (i % 3 === 0) {
      const s = int(r, 0, 1100);
      bundle.highlights.push({
        id: `hl-${i}`,
        clipId: id,
        url,
        color: 'yellow',
        note: i % 6 ? '' : '重点 check',
        createdAt: at,
        updatedAt: at,
        selectors: { quote: text.slice(s, s + 30), prefix: '', suffix: '', start: s, end: s + 30, outlinePath: [] },
      });
    }
  }
  return bundle;
}
