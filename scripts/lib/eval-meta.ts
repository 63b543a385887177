/** Metadata scoring for `npm run eval` (gov.cn policy pages): exact field agreement after light normalisation. */
import type { PolicyMeta } from '../../utils/types';

export const META_FIELDS = ['title', 'issuer', 'doc_number', 'index_number', 'subject', 'written_date', 'publish_date'] as const;
export type MetaField = (typeof META_FIELDS)[number];
export type MetaRecord = Record<MetaField, string>;

const DATE_FIELDS = new Set<MetaField>(['written_date', 'publish_date']);

/** 2018年12月2日, 2018-12-02, 2018/12/2, 2018.12.02 → 2018-12-02; anything else unchanged. */
export function normDate(s: string): string {
  const m = /^(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?/.exec(s.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : s.trim();
}

/**
 * Whitespace (incl. U+00A0 / U+3000) is layout on these pages, never content. An EU institution is one body under
 * its full and its Treaty name: "the Council of the European Union" is "the Council" (Art. 16 TEU), as acts print
 * both ("THE COUNCIL OF THE EUROPEAN UNION," above, "For the Council" below).
 */
export function normField(field: MetaField, value: string | null | undefined): string {
  const named = field === 'issuer' ? (value ?? '').replace(/\bCouncil of the European Union\b/gi, 'Council') : (value ?? '');
  const s = named.replace(/[\s\u00a0\u3000]+/g, '');
  return DATE_FIELDS.has(field) ? normDate(s) : s;
}

export function fieldMatches(field: MetaField, predicted: string | null | undefined, gold: string | null | undefined): boolean {
  return normField(field, predicted) === normField(field, gold);
}

/** Our page's fields under the ground-truth names. */
export function metaFromPage(title: string, p: PolicyMeta): MetaRecord {
  return {
    title,
    issuer: p.issuer,
    doc_number: p.docNumber,
    index_number: p.indexNumber,
    subject: p.subject,
    written_date: p.writtenDate,
    publish_date: p.publishDate,
  };
}

export type MetaResult = Record<MetaField, boolean>;

export function scoreMeta(pred: Partial<MetaRecord> | null, gold: MetaRecord): MetaResult {
  const out = {} as MetaResult;
  for (const f of META_FIELDS) out[f] = pred != null && fieldMatches(f, pred[f], gold[f]);
  return out;
}
