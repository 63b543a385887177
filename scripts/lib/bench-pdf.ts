/**
 * PDF clipping time per page: the generated law (./gen-law) printed to PDF by Chromium once (cached in the OS temp
 * directory, keyed by the law's hash), then read by pdfjs (legacy build, Node) and clipped: text per page, layout
 * (lines → paragraphs → HTML) and the page pipeline (extractArticle: outline, metadata). A larger law gives the
 * 300-page case. The outline is checked against the HTML original's, so a fast wrong answer does not pass.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractArticle } from '../../utils/extract';
import { pagesToDocument } from '../../utils/pdf';
import { readPages } from '../../utils/pdf/read';
import type { PdfDocumentLike } from '../../utils/pdf/types';
import { contentHash } from '../../utils/hash';
import { printPdf } from '../make-pdf-fixtures';
import { sectionHeader, withDom } from './bench-common';
import { extractFromHtml } from './dom';
import { generateLaw, type LawOptions } from './gen-law';
import { loadPdfjs, NODE_DOCUMENT_PARAMS } from './pdf-node';
import { fmt, median } from './stats';

const RUNS = 3;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function lawPdf(opts: LawOptions): Promise<{ pdf: Uint8Array; html: string; url: string }> {
  const law = generateLaw(opts);
  const dir = join(tmpdir(), 'clausemark-bench');
  const file = join(dir, `law-${contentHash(law.html)}.pdf`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const t0 = performance.now();
    writeFileSync(file, await printPdf(law.html, { header: law.title, footer: '- {page} -' }));
    console.log(`printed ${file} with Chromium in ${fmt((performance.now() - t0) / 1000, 1)} s (cached for later runs)`);
  }
  return { pdf: new Uint8Array(readFileSync(file)), html: law.html, url: law.url.replace(/\.html?$|$/, '.pdf') };
}

const labels = (o: Array<{ label: string | null; level: number }>) => o.map((e) => `${e.level}${e.label}`).join('|');

async function benchOne(name: string, opts: LawOptions): Promise<void> {
  const { pdf, html, url } = await lawPdf(opts);
  const pdfjs = await loadPdfjs();
  const text: number[] = [];
  const layout: number[] = [];
  const pipeline: number[] = [];
  const htmlPipe: number[] = [];
  let pages = 0;
  let entries = 0;
  let same = true;
  const html0 = extractFromHtml(html, url);
  // One extra first round warms the JIT and pdfjs's worker; its figures are dropped.
  for (let run = 0; run <= RUNS; run++) {
    const doc = (await pdfjs.getDocument({ data: pdf.slice(), ...NODE_DOCUMENT_PARAMS }).promise) as PdfDocumentLike;
    const t0 = performance.now();
    const read = await readPages(doc);
    const t1 = performance.now();
    const outcome = withDom('<!DOCTYPE html><html><head></head><body></body></html>', url, (d) => {
      const built = pagesToDocument(read, d.window.document, '');
      const t2 = performance.now();
      const out = extractArticle(built, url);
      return { out, tLayout: t2 - t1, tPipe: performance.now() - t2 };
    });
    await doc.destroy();
    if (!outcome.out.ok) throw new Error(`the law PDF was not clipped: ${outcome.out.message}`);
    pages = read.length;
    entries = outcome.out.page.outline.length;
    same &&= html0.ok && labels(html0.page.outline) === labels(outcome.out.page.outline);
    const t3 = performance.now();
    extractFromHtml(html, url);
    const tHtml = performance.now() - t3;
    if (run === 0) continue;
    htmlPipe.push(tHtml);
    text.push(t1 - t0);
    layout.push(outcome.tLayout);
    pipeline.push(outcome.tPipe);
  }
  const total = median(text) + median(layout) + median(pipeline);
  console.log(
    `${name}: ${pages} pages, ${Math.round(pdf.length / 1024).toLocaleString('en')} KB, ${entries.toLocaleString('en')} outline entries (${same ? 'same as' : 'DIFFERENT from'} the HTML clip's)`,
  );
  console.log(
    'ms (median)'.padEnd(14),
    'pdfjs text'.padStart(11),
    'layout'.padStart(8),
    'pipeline'.padStart(9),
    'total'.padStart(8),
    'per page'.padStart(9),
    'html clip'.padStart(10),
  );
  console.log(
    ''.padEnd(14),
    fmt(median(text), 0).padStart(11),
    fmt(median(layout), 0).padStart(8),
    fmt(median(pipeline), 0).padStart(9),
    fmt(total, 0).padStart(8),
    fmt(total / pages, 2).padStart(9),
    fmt(median(htmlPipe), 0).padStart(10),
  );
  console.log('  (html clip: the same law clipped from its HTML page, parse included — the reference for this machine)');
}

export async function benchPdf(): Promise<void> {
  sectionHeader('pdf', `clip a PDF of the generated law: pdfjs text, layout, pipeline; median of ${RUNS} runs, file load excluded`);
  if (!existsSync(CHROMIUM)) {
    console.log(`skipped: no Chromium at ${CHROMIUM} to print the law (set CHROMIUM_PATH)`);
    return;
  }
  await benchOne('law (1,300 articles)', {});
  await benchOne('law ×2 (2,600 articles)', { articles: 2600, chapters: 160, chars: 240_000 });
}
