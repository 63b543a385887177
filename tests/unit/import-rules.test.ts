/**
 * Layering rules on the source itself: the pure folders (extraction, outline, anchoring, export, search, pdf, docx) run under
 * Node and in any page, so they take plain data and import no database, message protocol, WXT, Dexie or browser API;
 * the outline grammar does not depend on the extraction pipeline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PURE = ['utils/extract', 'utils/outline', 'utils/anchoring', 'utils/export', 'utils/search', 'utils/pdf', 'utils/docx'];

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sources(rel);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [rel] : [];
  });
}

/** Every module specifier: static and type imports, re-exports, side-effect and dynamic imports. */
function specifiers(code: string): string[] {
  const out: string[] = [];
  const re =
    /(?:^|[\s;])(?:import|export)\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const m of code.matchAll(re)) out.push((m[1] ?? m[2] ?? m[3])!);
  return out;
}

/** The repository path a specifier points at (no extension), or the bare package name. */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  return relative(ROOT, resolve(ROOT, dirname(file), spec))
    .split(sep)
    .join('/');
}

const FORBIDDEN: [string, (t: string) => boolean][] = [
  ['utils/db', (t) => t === 'utils/db' || t.startsWith('utils/db/')],
  ['messaging', (t) => /(^|\/)messaging(-checks)?(\.ts)?(\/|$)/.test(t)],
  ['wxt', (t) => t === 'wxt' || t.startsWith('wxt/') || t.startsWith('@wxt-dev/') || t === '#imports'],
  ['dexie', (t) => t === 'dexie' || t.startsWith('dexie/')],
  ['browser', (t) => t === 'webextension-polyfill' || /(^|\/)browser$/.test(t)],
];

function violations(dirs: string[], rules: [string, (t: string) => boolean][]): string[] {
  const out: string[] = [];
  for (const file of dirs.flatMap(sources)) {
    for (const spec of specifiers(readFileSync(join(ROOT, file), 'utf8'))) {
      const t = target(file, spec);
      for (const [name, hit] of rules) if (hit(t)) out.push(`${file} imports ${spec} (${name})`);
    }
  }
  return out;
}

describe('import rules', () => {
  it('reads imports of every kind', () => {
    const code = `import type { A } from '../db/schema';\nimport { b } from "dexie";\nexport * from './x';\nimport 'wxt/browser';\nconst m = await import('../messaging');`;
    expect(specifiers(code)).toEqual(['../db/schema', 'dexie', './x', 'wxt/browser', '../messaging']);
  });

  it('finds the folders it checks', () => {
    for (const dir of PURE) expect(sources(dir).length, dir).toBeGreaterThan(0);
    expect(sources('utils/anchoring').some((f) => f.startsWith('utils/anchoring/dom/'))).toBe(true);
  });

  it('pure folders import no database, messaging, wxt, dexie or browser', () => {
    expect(violations(PURE, FORBIDDEN)).toEqual([]);
  });

  it('utils/outline imports nothing from utils/extract', () => {
    const extract: [string, (t: string) => boolean][] = [['utils/extract', (t) => t === 'utils/extract' || t.startsWith('utils/extract/')]];
    expect(violations(['utils/outline'], extract)).toEqual([]);
  });

  it('utils/pdf loads no pdfjs build itself: the caller passes the one that suits it (legacy in Node, bundled worker in the extension)', () => {
    const pdfjs: [string, (t: string) => boolean][] = [['pdfjs-dist', (t) => t === 'pdfjs-dist' || t.startsWith('pdfjs-dist/')]];
    expect(violations(['utils/pdf', 'utils/docx'], pdfjs)).toEqual([]);
  });
});
