/** The labels of policy metadata tables and lists, and the field each one fills. */
import type { PolicyField } from './policy-values';

/**
 * Fields a portal's listing states about the page rather than the document: who posted it (发布机构, a bureau
 * re-publishing a province's bulletin or a national law) and when the page was generated (生成日期). They count
 * only when the document itself names no issuer and the page states no publish date.
 */
export type PageField = 'publisher' | 'generated';
export type LabelField = PolicyField | PageField;

export const LABELS: Record<string, LabelField | null> = {
  发文机关: 'issuer',
  发布机关: 'issuer',
  发文单位: 'issuer',
  制发机关: 'issuer',
  发布机构: 'publisher',
  发文机构: 'issuer',
  发文字号: 'docNumber',
  文号: 'docNumber',
  索引号: 'indexNumber',
  主题分类: 'subject',
  成文日期: 'writtenDate',
  成文时间: 'writtenDate',
  // the date the document was made (制发), as 目录项 tables of ministries print it: the date of writing
  制发日期: 'writtenDate',
  发布日期: 'publishDate',
  发布时间: 'publishDate',
  公布日期: 'publishDate',
  公开日期: 'publishDate',
  // 信息公开 listings date the page's release with 发文日期; the document's own date is its signature's.
  发文日期: 'publishDate',
  生成日期: 'generated',
  信息来源: 'source',
  来源: 'source',
  作者: 'author',
  // Labels of the same tables that feed no field: they end the previous value and help recognise the table.
  主题词: null,
  标题: null,
  名称: null,
  有效性: null,
  时效性: null,
  体裁分类: null,
  组配分类: null,
  公开方式: null,
  公开范围: null,
  实施日期: null,
  生效日期: null,
  废止日期: null,
  关键词: null,
  文种: null,
  分类: null,
  发布文号: 'docNumber',
  // a 行政处罚信息公开表 (the form regulators publish each penalty decision in): the deciding organ and the date
  作出处罚决定的机关名称: 'issuer',
  作出处罚决定机关: 'issuer',
  作出处罚决定的日期: 'writtenDate',
  作出处罚决定日期: 'writtenDate',
  行政处罚决定书文号: 'docNumber',
};
