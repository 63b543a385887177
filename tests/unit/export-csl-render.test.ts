/**
 * CSL-JSON checked the way a user sees it: rendered by citeproc-js with GB/T 7714-2015 (numeric) and APA 7.
 * The expected strings were written from the standards (GB/T 7714-2015 §4.1, 4.4, 4.6, 8.x; APA 7 §9–11), then
 * the mapping in utils/export/csl.ts was made to meet them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationText, makeRenderer, renderBibliography } from '../../utils/cite/render';
import { toCslItem } from '../../utils/export/csl';
import { emptyPolicy, type Clip, type PolicyMeta } from '../../utils/model';
import { citeAssets } from '../helpers/cite-assets';

process.env.TZ = 'Asia/Shanghai';

const SAVED = Date.UTC(2026, 11, 6, 4); // accessed 2026-12-06 (Beijing time)
let n = 0;
function clip(c: Partial<Omit<Clip, 'policy'>> & { policy?: Partial<PolicyMeta> }): Clip {
  const id = `c${++n}`;
  return {
    id,
    url: '',
    canonicalUrl: id,
    title: '',
    siteName: '',
    byline: '',
    lang: 'zh-CN',
    publishedTime: '',
    excerpt: '',
    charCount: 0,
    contentHash: '',
    mode: 'article',
    savedAt: SAVED,
    updatedAt: SAVED,
    highlightCount: 0,
    ...c,
    policy: { ...emptyPolicy(), ...c.policy },
  };
}

const NOTICE_URL = 'https://www.gov.cn/zhengce/content/2018-10/11/content_5329516.htm';
const LAW_URL = 'https://www.gov.cn/zhengce/content/2019-04/15/content_5382991.htm';
const NEWS_URL = 'http://paper.people.com.cn/rmrb/html/2024-05/20/nw.D110000renmrb_20240520_1-05.htm';
const WIRE_URL = 'https://www.news.cn/politics/20240518/abc/c.html';
const ACT_URL = 'https://www.legislation.gov.uk/ukpga/2018/12/contents';
const PAGE_URL = 'https://www.gov.uk/apply-street-party-licence';
const LOCAL_URL = 'http://127.0.0.1:8080/zh-expert.html';

const clips: Clip[] = [
  clip({
    title: '国务院关于印发完善促进消费体制机制实施方案（2018—2020年）的通知',
    url: NOTICE_URL,
    siteName: '127.0.0.1', // clipped from a local copy: the host must not become a container
    publishedTime: '2018-10-11',
    policy: { issuer: '国务院办公厅', docNumber: '国办发〔2018〕93号', writtenDate: '2018-09-24', publishDate: '2018-10-11' },
  }),
  clip({
    title: '中华人民共和国政府信息公开条例',
    url: LAW_URL,
    siteName: '中国政府网',
    policy: { issuer: '国务院', docNumber: '国令第711号', publishDate: '2019-04-15' },
  }),
  clip({
    title: '把企业的“急难愁盼”当作“指南针”',
    url: NEWS_URL,
    siteName: '人民日报',
    byline: '本报评论员',
    publishedTime: '2024-05-20T06:00:00+08:00',
  }),
  clip({ title: '多地出台优化营商环境新举措', url: WIRE_URL, siteName: '新华网', byline: '104363', publishedTime: '2024-05-18 10:02:00' }),
  clip({ title: 'Data Protection Act 2018', url: ACT_URL, siteName: 'legislation.gov.uk', lang: 'en-GB', publishedTime: '2018-05-23' }),
  clip({
    title: 'Apply for a licence to hold a street party',
    url: PAGE_URL,
    siteName: 'GOV.UK',
    byline: 'By Jane Smith',
    lang: 'en',
    publishedTime: '2024-01-03T09:00:00Z',
  }),
  clip({ title: '专家解读：新规带来哪些变化', url: LOCAL_URL, siteName: '127.0.0.1' }),
];
const items = clips.map(toCslItem);

const GB = [
  `[1] 国务院办公厅. 国务院关于印发完善促进消费体制机制实施方案（2018—2020年）的通知: 国办发〔2018〕93号[A/OL]. (2018-10-11)[2026-12-06]. ${NOTICE_URL}.`,
  `[2] 国务院. 中华人民共和国政府信息公开条例: 国令第711号[A/OL]. (2019-04-15)[2026-12-06]. ${LAW_URL}.`,
  `[3] 本报评论员. 把企业的“急难愁盼”当作“指南针”[N/OL]. 人民日报, 2024-05-20[2026-12-06]. ${NEWS_URL}.`,
  `[4] 多地出台优化营商环境新举措[N/OL]. 新华网, 2024-05-18[2026-12-06]. ${WIRE_URL}.`,
  `[5] Data Protection Act 2018[A/OL]. (2018-05-23)[2026-12-06]. ${ACT_URL}.`,
  `[6] SMITH J. Apply for a licence to hold a street party[EB/OL]. (2024-01-03)[2026-12-06]. ${PAGE_URL}.`,
  `[7] 专家解读：新规带来哪些变化[EB/OL]. [2026-12-06]. ${LOCAL_URL}.`,
];

const APA = [
  `国务院关于印发完善促进消费体制机制实施方案（2018—2020年）的通知, 国办发〔2018〕93号, 国务院办公厅 (2018). ${NOTICE_URL}`,
  `中华人民共和国政府信息公开条例, 国令第711号, 国务院 (2019). ${LAW_URL}`,
  `本报评论员. (2024, May 20). 把企业的“急难愁盼”当作“指南针”. 人民日报. ${NEWS_URL}`,
  `多地出台优化营商环境新举措. (2024, May 18). 新华网. ${WIRE_URL}`,
  `Data Protection Act 2018 (2018). ${ACT_URL}`,
  `Smith, J. (2024, January 3). Apply for a licence to hold a street party. GOV.UK. ${PAGE_URL}`,
  `专家解读：新规带来哪些变化. (n.d.). Retrieved December 6, 2026, from ${LOCAL_URL}`,
];

describe('CSL-JSON rendered by citeproc-js', () => {
  it('reads right in GB/T 7714-2015: issuer as 主要责任者, 文号 after the title, no //site, no id as author', () => {
    expect(renderBibliography(citeAssets, 'gb7714', items)).toEqual(GB);
  });

  it('reads right in APA 7: no "Pub. L. No." for a Chinese 文号', () => {
    // APA sorts by author/title; compare as a set, then check no entry carries US public-law wording
    const apa = renderBibliography(citeAssets, 'apa', items);
    expect([...apa].sort()).toEqual([...APA].sort());
    for (const e of apa) expect(e).not.toMatch(/Pub\. L\.|No\. 国/);
  });

  it('copies one reference without the list number', () => {
    const gb = makeRenderer(citeAssets, 'gb7714');
    expect(citationText(gb, items[1]!)).toBe(GB[1]!.slice(4));
    expect(citationText(gb, items[0]!)).toBe(GB[0]!.slice(4)); // the same engine, again
    expect(citationText(makeRenderer(citeAssets, 'apa'), items[5]!)).toBe(APA[5]);
  });

  it('names a PDF or Word clip as such for Zotero, and the references stay [A/OL] and free of "[PDF]"', () => {
    const pdf = { ...clips[0]!, id: 'pdf', source: 'pdf' as const, pageCount: 12 };
    const word = { ...clips[5]!, id: 'word', source: 'docx' as const };
    const [pdfItem, wordItem] = [toCslItem(pdf), toCslItem(word)];
    expect(pdfItem).toMatchObject({ note: 'PDF', 'number-of-pages': '12' });
    expect(pdfItem).not.toHaveProperty('medium'); // GB/T 7714 prints it as the carrier code: [A/PDF]
    expect(wordItem).toMatchObject({ note: 'Word' });
    expect(wordItem).not.toHaveProperty('number-of-pages');
    const gb = makeRenderer(citeAssets, 'gb7714');
    const apa = makeRenderer(citeAssets, 'apa');
    expect(citationText(gb, pdfItem)).toBe(GB[0]!.slice(4));
    expect(citationText(apa, pdfItem)).toBe(APA[0]);
    expect(citationText(gb, wordItem)).toBe(GB[5]!.slice(4));
    expect(citationText(apa, wordItem)).toBe(APA[5]);
  });

  it('bundles the same styles and locales the tests render with', () => {
    for (const f of ['gb7714.csl', 'apa.csl', 'locales-zh-CN.xml', 'locales-en-US.xml']) {
      const bundled = readFileSync(new URL(`../../utils/cite/styles/${f}`, import.meta.url), 'utf8');
      expect(bundled, f).toBe(readFileSync(new URL(`../fixtures/csl/${f}`, import.meta.url), 'utf8'));
    }
  });
});
