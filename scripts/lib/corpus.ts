/** The shared evaluation corpus (../shared/corpus): real third-party pages with ground truth. Never copied here. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface CorpusCase {
  name: string;
  set: string;
  dir: string;
  sourcePath: string;
}

export function corpusDir(): string | null {
  const dir = resolve(process.env.CLAUSEMARK_CORPUS ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus'));
  return existsSync(join(dir, 'MANIFEST.tsv')) ? dir : null;
}

/** Pages this team collected and labelled itself (tests/corpus, never in the built extension); null when absent. */
export function ownCorpusDir(): string | null {
  const dir = resolve(process.env.CLAUSEMARK_OWN_CORPUS ?? join(import.meta.dirname, '..', '..', 'tests', 'corpus'));
  return existsSync(join(dir, 'MANIFEST.tsv')) ? dir : null;
}

/** Every row of a corpus's MANIFEST.tsv: its case folder, and the address the row gives ('' when none). */
export function manifestRows(dir: string): { name: string; set: string; dir: string; url: string }[] {
  const [header, ...rows] = readFileSync(join(dir, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const cols = header!.split('\t');
  const [iCase, iSet, iUrl] = ['case', 'set', 'url'].map((k) => cols.indexOf(k));
  return rows
    .map((r) => r.split('\t'))
    .map((c) => ({ name: c[iCase!]!, set: c[iSet!]!, dir: join(dir, c[iSet!]!, c[iCase!]!), url: (iUrl! >= 0 && c[iUrl!]) || '' }));
}

/**
 * The HTML pages: a case folder without source.html (a PDF or Word file of set "pdf") is not one of them. A case of
 * our own whose page is also a page of ../shared/corpus (the same file, reached through another repository) keeps
 * no copy: its `source.ref` names that page's path inside the shared corpus, and the case is read from there — or
 * left out when the shared corpus is absent.
 */
export function corpusCases(dir: string): CorpusCase[] {
  return manifestRows(dir)
    .map(({ name, set, dir: d }) => ({ name, set, dir: d, sourcePath: sourceOf(d) }))
    .filter((c) => existsSync(c.sourcePath));
}

function sourceOf(caseDir: string): string {
  const own = join(caseDir, 'source.html');
  const ref = join(caseDir, 'source.ref');
  if (existsSync(own) || !existsSync(ref)) return own;
  const shared = corpusDir();
  return shared ? join(shared, readFileSync(ref, 'utf8').trim()) : own;
}

/** How many cases of `dir` name a shared-corpus page that cannot be read (the shared corpus is absent). */
export function unreadRefs(dir: string): number {
  return manifestRows(dir).filter((r) => existsSync(join(r.dir, 'source.ref')) && !existsSync(sourceOf(r.dir))).length;
}

export function readJson<T>(path: string): T | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
}

/** Used when a case has no URL of its own: a neutral https URL so link resolution works. */
export function caseUrl(c: CorpusCase): string {
  const gt = readJson<{ url?: string }>(join(c.dir, 'ground-truth.json'));
  return gt?.url && /^https?:/.test(gt.url) ? gt.url : `https://corpus.invalid/${c.set}/${c.name}/`;
}
