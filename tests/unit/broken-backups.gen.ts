/**
 * Broken backups for broken-backups.test.ts, made from tests/fixtures/backup/sample.json with a seeded PRNG.
 * Each case says what must happen: refused with a code and a message naming the problem, or — when the mutation
 * still leaves a valid file (unknown keys, lone surrogates, a trailing newline cut…) — imported as `valid`.
 */
import { readFileSync } from 'node:fs';
import { prng } from '../../scripts/lib/gen-basics';
import type { BackupErrorCode } from '../../utils/export/index';

export const SAMPLE_TEXT = readFileSync(new URL('../fixtures/backup/sample.json', import.meta.url), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Obj = Record<string, any>;
export const sample = (): Obj => JSON.parse(SAMPLE_TEXT);

export type Expect = { code: BackupErrorCode; message: RegExp } | { valid: Obj };
export interface Case {
  family: string;
  name: string;
  text: string;
  expect: Expect;
}

export function rng(seed: number) {
  const next = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
export type Rng = ReturnType<typeof rng>;

export const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const refuse = (code: BackupErrorCode, message: RegExp): Expect => ({ code, message });

/** "clips[3].policy.issuer", as BackupError paths are written. */
export const pathText = (path: readonly (string | number)[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${p}`)).join('');

type Path = (string | number)[];

/** Every value in the file with its path (the root excluded). */
export function paths(o: unknown, at: Path = []): Array<[Path, unknown]> {
  const out: Array<[Path, unknown]> = [];
  if (o && typeof o === 'object') {
    for (const [k, v] of Object.entries(o)) {
      const p = [...at, Array.isArray(o) ? Number(k) : k];
      out.push([p, v], ...paths(v, p));
    }
  }
  return out;
}

export function getAt(o: Obj, path: Path): unknown {
  return path.reduce<unknown>((x, k) => (x as Obj)[k], o);
}

/** Set without invoking the `__proto__` setter: the key must become an own property, as JSON.parse makes it. */
export function setAt(o: Obj, path: Path, value: unknown): void {
  const parent = getAt(o, path.slice(0, -1)) as Obj;
  Object.defineProperty(parent, path[path.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
}

export function deleteAt(o: Obj, path: Path): void {
  const parent = getAt(o, path.slice(0, -1)) as Obj;
  const key = path[path.length - 1]!;
  if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key];
}

export const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
export const OF_KIND: Record<string, unknown> = { string: 'x', number: 7, boolean: true, null: null, array: [], object: {} };

/** Nested arrays `depth` levels deep around `inner`, as JSON text. */
export const nested = (depth: number, inner = '1') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;
