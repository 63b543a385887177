/** The metadata table of a clip, shared by Word and HTML: the fields a 台账 or a citation needs, in reading order. */
import { formatDate, savedDate, type ClipView } from '../common';
import type { Labels } from '../labels';

export interface MetaField {
  label: string;
  value: string;
  /** the value is the clip's address (made a link only when it is a web address) */
  link?: boolean;
}

export function metaFields(v: ClipView, l: Labels): MetaField[] {
  const { clip } = v;
  const p = clip.policy;
  const source = [...new Set([p.source, clip.siteName].map((s) => s.trim()).filter(Boolean))].join(' · ');
  const fields: MetaField[] = [
    { label: l('field.issuer'), value: p.issuer },
    { label: l('field.docNumber'), value: p.docNumber },
    { label: l('field.indexNumber'), value: p.indexNumber },
    { label: l('field.subject'), value: p.subject },
    { label: l('field.writtenDate'), value: p.writtenDate },
    { label: l('field.publishDate'), value: p.publishDate || formatDate(clip.publishedTime) },
    { label: l('field.author'), value: p.author || clip.byline },
    { label: l('field.source'), value: source },
    { label: l('field.link'), value: clip.url, link: true },
    { label: l('field.saved'), value: savedDate(clip) },
    { label: l('field.collections'), value: v.collections.join(l.locale === 'zh-CN' ? '、' : ', ') },
  ];
  return fields.filter((f) => f.value.trim() !== '');
}
