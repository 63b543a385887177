/**
 * npm run clip -- [--url URL] [--format json|md] [--all-posts] FILE...
 * Runs the extension's own pipeline on saved pages, PDFs and Word (.docx) files. JSON Lines on stdout (one object per file); problems with a
 * file go to stderr and make the exit code non-zero, and the other files are still processed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { extractFromHtml, parseHtml } from './lib/dom';
import { decodeHtml } from './lib/decode';
import { extractDocxFile, extractPdfFile, fileKind } from './lib/pdf-node';
import type { ExtractOutcome } from '../utils/extract';
import type { ExtractedPage } from '../utils/model';
import type { Result } from '../utils/result';
import { htmlToMarkdown } from '../utils/markdown/html-to-markdown';

interface Args {
  url?: string;
  format: 'json' | 'md';
  /** keep every post of a blog front page or thread view (the extension's "Clip all posts") */
  allPosts: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Args {
  const a: Args = { format: 'json', allPosts: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i]!;
    if (v === '--url') a.url = argv[++i];
    else if (v.startsWith('--url=')) a.url = v.slice(6);
    else if (v === '--format') a.format = argv[++i] as Args['format'];
    else if (v.startsWith('--format=')) a.format = v.slice(9) as Args['format'];
    else if (v === '--all-posts') a.allPosts = true;
    else if (v === '-h' || v === '--help') usage(0);
    else if (v.startsWith('--')) usage(2, `unknown option ${v}`);
    else a.files.push(v);
  }
  if (a.format !== 'json' && a.format !== 'md') usage(2, `--format must be json or md, not ${a.format}`);
  if (!a.files.length) usage(2, 'no input files');
  return a;
}

function usage(code: number, problem?: string): never {
  if (problem) process.stderr.write(`clip: ${problem}\n`);
  process.stderr.write('usage: npm run clip -- [--url URL] [--format json|md] [--all-posts] FILE...\n');
  process.exit(code);
}

function frontMatter(fields: Record<string, string>): string {
  const lines = Object.entries(fields)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join('\n')}\n---\n\n`;
}

/** A PDF's or DOCX's Result in the shape extractFromHtml answers. */
function asOutcome(r: Result<ExtractedPage>): ExtractOutcome {
  return r.ok ? { ok: true, page: r.value } : { ok: false, code: 'no-article', message: r.error.message };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let failures = 0;
  for (const file of args.files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      failures++;
      process.stderr.write(`clip: ${file}: cannot read file: ${(e as Error).message}\n`);
      continue;
    }
    const url = args.url ?? pathToFileURL(resolve(file)).href;
    const t0 = performance.now();
    const kind = fileKind(bytes);
    let out: ExtractOutcome;
    try {
      const data = new Uint8Array(bytes);
      if (kind === 'pdf') out = asOutcome(await extractPdfFile(data, url));
      else if (kind === 'docx') out = asOutcome(await extractDocxFile(data, url));
      else out = extractFromHtml(decodeHtml(bytes), url, { mode: args.allPosts ? 'allposts' : 'article' });
    } catch (e) {
      failures++;
      process.stderr.write(`clip: ${file}: extraction failed: ${(e as Error).message}\n`);
      continue;
    }
    const ms = Math.round((performance.now() - t0) * 10) / 10;
    if (!out.ok) {
      failures++;
      process.stderr.write(`clip: ${file}: ${out.message}\n`);
      continue;
    }
    const p = out.page;
    if (args.format === 'json') {
      const { title, byline, siteName, lang, publishedTime, policy, text, html: body, outline, postsLeftOut } = p;
      process.stdout.write(
        JSON.stringify({
          file,
          url: p.url,
          canonicalUrl: p.canonicalUrl,
          title,
          byline,
          siteName,
          lang,
          publishedTime,
          policy,
          text,
          html: body,
          outline,
          postsLeftOut,
          ...(p.source ? { source: p.source } : {}),
          ...(p.pageCount ? { pageCount: p.pageCount } : {}),
          ms,
        }) + '\n',
      );
    } else {
      const dom = parseHtml(`<body>${p.html}</body>`);
      const md = htmlToMarkdown(dom.window.document.body);
      dom.window.close();
      process.stdout.write(
        frontMatter({
          title: p.title,
          url: p.url,
          site: p.siteName,
          byline: p.byline,
          published: p.publishedTime,
          issuer: p.policy.issuer,
          doc_number: p.policy.docNumber,
        }) + `# ${p.title}\n\n${md}\n`,
      );
    }
  }
  if (failures) {
    process.stderr.write(`clip: ${failures} of ${args.files.length} file(s) failed\n`);
    process.exitCode = 1;
  }
}

await main();
