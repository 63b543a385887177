/**
 * Our own corpus (tests/corpus): real pages this team collected, labelled by reading them blind to the pipeline.
 * Each case may have ground-truth.json (title, byline, policy fields; "" = the page shows none) and outline.json;
 * `*.second.json` files are a second, independent labelling of a sample, used only for agreement.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseUrl, readJson, type CorpusCase } from './corpus';
import { fieldMatches, type MetaField } from './eval-meta';
import { scoreOutline, type Heading, type OutlineScore } from './eval-outline';
import { attempt, runBaseline, runOurs } from './eval-run';

/** The fields our labels carry, under the names of ../shared/corpus's gov.cn ground truth. */
export const OWN_FIELDS = ['title', 'byline', 'issuer', 'doc_number', 'written_date', 'publish_date'] as const;
export type OwnField = (typeof OWN_FIELDS)[number];
export type OwnLabels = Partial<Record<OwnField, string>>;

export interface OwnResult {
  set: string;
  name: string;
  error?: string;
  outline?: OutlineScore;
  /** per labelled field: did we get it right; `shown` = the label is not "" (the page shows one) */
  fields: Partial<Record<OwnField, { ok: boolean; shown: boolean; pred: string; gold: string }>>;
  baseTitle?: boolean;
}

type Json = Record<string, unknown>;

export function readLabels(c: CorpusCase, second = false): OwnLabels | null {
  const gt = readJson<Json>(join(c.dir, second ? 'ground-truth.second.json' : 'ground-truth.json'));
  if (!gt) return null;
  const out: OwnLabels = {};
  for (const f of OWN_FIELDS) if (typeof gt[f] === 'string') out[f] = gt[f] as string;
  return out;
}

export function readOutline(c: CorpusCase, second = false): Heading[] | null {
  return readJson<{ headings: Heading[] }>(join(c.dir, second ? 'outline.second.json' : 'outline.json'))?.headings ?? null;
}

/** Field agreement: the date and whitespace rules of the gov.cn metadata; byline and title like issuer. */
export function fieldAgrees(f: OwnField, a: string, b: string): boolean {
  const as: MetaField = f === 'byline' ? 'issuer' : f;
  return fieldMatches(as, a, b);
}

export function evaluateOwnCase(c: CorpusCase): OwnResult {
  const res: OwnResult = { set: c.set, name: c.name, fields: {} };
  const html = readFileSync(c.sourcePath, 'utf8');
  const url = caseUrl(c);
  const o = attempt(() => runOurs(html, url));
  if (typeof o === 'string') res.error = o;
  const gold = readOutline(c);
  if (gold) res.outline = scoreOutline(gold, typeof o === 'string' ? [] : o.outline);
  const labels = readLabels(c);
  if (labels) {
    const pred: Record<OwnField, string> =
      typeof o === 'string'
        ? { title: '', byline: '', issuer: '', doc_number: '', written_date: '', publish_date: '' }
        : {
            title: o.title,
            byline: o.byline,
            issuer: o.meta?.issuer ?? '',
            doc_number: o.meta?.doc_number ?? '',
            written_date: o.meta?.written_date ?? '',
            publish_date: o.meta?.publish_date ?? '',
          };
    for (const f of OWN_FIELDS) {
      const g = labels[f];
      if (g === undefined) continue;
      res.fields[f] = { ok: fieldAgrees(f, pred[f], g), shown: g.trim() !== '', pred: pred[f], gold: g };
    }
    if (labels.title !== undefined) {
      const b = attempt(() => runBaseline(html, url));
      res.baseTitle = typeof b !== 'string' && fieldAgrees('title', b.title, labels.title);
    }
  }
  return res;
}

export interface Agreement {
  cases: number;
  outline: { gold: number; pred: number; matched: number; parentRight: number };
  fields: { agreed: number; total: number };
}

/** How far two independent labellings agree, over the cases labelled twice. */
export function agreement(cases: CorpusCase[]): Agreement {
  const a: Agreement = { cases: 0, outline: { gold: 0, pred: 0, matched: 0, parentRight: 0 }, fields: { agreed: 0, total: 0 } };
  for (const c of cases) {
    const o2 = existsSync(join(c.dir, 'outline.second.json')) ? readOutline(c, true) : null;
    const l2 = readLabels(c, true);
    if (!o2 && !l2) continue;
    a.cases++;
    const o1 = readOutline(c);
    if (o2 && o1) {
      const s = scoreOutline(o1, o2);
      a.outline.gold += s.gold;
      a.outline.pred += s.pred;
      a.outline.matched += s.matched;
      a.outline.parentRight += s.parentRight;
    }
    const l1 = readLabels(c);
    if (l1 && l2)
      for (const f of OWN_FIELDS) {
        if (l1[f] === undefined || l2[f] === undefined) continue;
        a.fields.total++;
        if (fieldAgrees(f, l1[f]!, l2[f]!)) a.fields.agreed++;
      }
  }
  return a;
}
