/** Ground truth per corpus set, as described in ../shared/corpus/README.md. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { readJson, type CorpusCase } from './corpus';
import type { MetaRecord } from './eval-meta';
import type { Heading } from './eval-outline';

export type GtKind = 'reference' | 'human' | 'machine';

export interface TextTruth {
  text: string;
  kind: GtKind;
}

type Json = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Ground-truth text per set (see ../shared/corpus/README.md); null when the case has none. */
export function textTruth(c: CorpusCase): TextTruth | null {
  const gt = readJson<Json>(join(c.dir, 'ground-truth.json'));
  switch (c.set) {
    case 'mozilla-readability': {
      const p = join(c.dir, 'expected.html');
      // A fragment parse: no window, no resources — the expected output is only needed as text.
      return existsSync(p) ? { text: JSDOM.fragment(readFileSync(p, 'utf8')).textContent ?? '', kind: 'reference' } : null;
    }
    case 'scrapinghub-aeb':
    case 'zh-cwced': {
      const t = str(gt?.articleBody);
      return t && t !== 'UNKNOWN' ? { text: t, kind: 'human' } : null;
    }
    case 'zh-govcn-policy':
      return gt ? { text: str(gt.content_text), kind: 'human' } : null;
    case 'zh-magic-html':
      return gt ? { text: str(gt.content), kind: 'human' } : null;
    case 'zh-gne': {
      const out = readJson<Json>(join(c.dir, 'gne-output.json'));
      return out ? { text: str(out.content), kind: 'machine' } : null;
    }
    default:
      return null;
  }
}

export function outlineTruth(c: CorpusCase): Heading[] | null {
  return readJson<{ headings: Heading[] }>(join(c.dir, 'outline.json'))?.headings ?? null;
}

export function metaTruth(c: CorpusCase): MetaRecord | null {
  if (c.set !== 'zh-govcn-policy') return null;
  const gt = readJson<Json>(join(c.dir, 'ground-truth.json'));
  if (!gt) return null;
  const f = (k: string) => str(gt[k]);
  return {
    title: f('title'),
    issuer: f('issuer'),
    doc_number: f('doc_number'),
    index_number: f('index_number'),
    subject: f('subject'),
    written_date: f('written_date'),
    publish_date: f('publish_date'),
  };
}

/** Cases with nothing to score are not parsed at all (keeps the run short). */
export function isScorable(c: CorpusCase): boolean {
  return c.set === 'zh-govcn-policy' || existsSync(join(c.dir, 'outline.json')) || textTruth(c) !== null;
}
