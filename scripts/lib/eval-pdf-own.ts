/**
 * Real PDFs and Word files in our own corpus (tests/corpus/pdf/<case>/: source.pdf or source.docx, ground-truth.json,
 * outline.json, labelled blind like the HTML pages; a MANIFEST.tsv row with set "pdf" each). They are scored by the
 * PDF road (./eval-pdf.ts) and their first look is recorded in the same first-look.jsonl as the HTML pages.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { manifestRows, readJson } from './corpus';
import { OWN_FIELDS, type OwnResult } from './eval-own';
import { appendFirstLook, caseFigures, readFirstLook, type CaseFigures } from './eval-own-report';
import type { PdfCase, Scored } from './eval-pdf';

export const OWN_PDF_SET = 'pdf';

/** The set's cases with a file to read; a row whose folder has neither file is left out (as a page without source.html). */
export function ownPdfCases(dir: string): PdfCase[] {
  if (!existsSync(join(dir, 'MANIFEST.tsv'))) return [];
  return manifestRows(dir)
    .filter((r) => r.set === OWN_PDF_SET)
    .flatMap((r) => {
      const kind = existsSync(join(r.dir, 'source.pdf')) ? 'pdf' : existsSync(join(r.dir, 'source.docx')) ? 'docx' : null;
      if (!kind) return [];
      const gt = readJson<{ url?: string }>(join(r.dir, 'ground-truth.json'));
      const url = [gt?.url, r.url].find((u) => u && /^https?:/.test(u)) ?? `https://corpus.invalid/pdf/${r.name}.${kind}`;
      return [{ name: r.name, dir: r.dir, kind, file: join(r.dir, `source.${kind}`), html: null, url }];
    });
}

/** A file's score as an own-corpus page's figures (key `pdf/<case>`): the same record, summary and first look. */
export function pdfCaseFigures(c: PdfCase, s: Scored): CaseFigures {
  const fields: OwnResult['fields'] = {};
  for (const f of OWN_FIELDS) {
    const x = s.fields[f];
    if (x) fields[f] = { ...x, shown: x.gold.trim() !== '' };
  }
  return caseFigures({ set: OWN_PDF_SET, name: c.name, error: s.error, outline: s.outline, fields });
}

export interface FirstLook {
  /** the first-look records of these cases, old and new */
  first: CaseFigures[];
  /** how many were recorded now */
  fresh: number;
}

/**
 * The recorded first looks of these figures' cases; with `record`, the cases never scored before are appended first
 * (stamped with the date and commit), so a file's first score is kept for good.
 */
export function pdfFirstLook(path: string, now: CaseFigures[], record: { at: string; commit: string } | null): FirstLook {
  const recorded = readFirstLook(path);
  const seen = new Set(recorded.map((r) => r.key));
  const fresh = record ? now.filter((r) => !seen.has(r.key)).map((r) => ({ ...r, ...record })) : [];
  appendFirstLook(path, fresh);
  const keys = new Set(now.map((r) => r.key));
  return { first: [...recorded, ...fresh].filter((r) => keys.has(r.key)), fresh: fresh.length };
}
