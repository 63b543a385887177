import { emptyPolicy, type ExtractedPage } from '../../utils/model';

/** A minimal extracted page for database and background tests. */
export function makePage(over: Partial<ExtractedPage> = {}): ExtractedPage {
  return {
    url: 'https://www.gov.cn/zhengce/content/2019-01/01/content_1.htm',
    canonicalUrl: 'https://www.gov.cn/zhengce/content/2019-01/01/content_1.htm',
    title: '国务院关于某事项的通知',
    byline: '',
    siteName: '中国政府网',
    lang: 'zh',
    publishedTime: '2019-01-01',
    excerpt: '各省、自治区、直辖市人民政府',
    policy: emptyPolicy(),
    outline: [],
    html: '<p>各省、自治区、直辖市人民政府：</p><p>一、总体要求</p>',
    text: '各省、自治区、直辖市人民政府：\n一、总体要求',
    mode: 'article',
    truncated: false,
    postsLeftOut: 0,
    ...over,
  };
}
