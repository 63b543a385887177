import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const PAGES_DIR = join(import.meta.dirname, '..', 'fixtures', 'pages');

export interface PageCase {
  name: string;
  html: string;
  expected: Record<string, unknown>;
}

export function pageCases(filter?: (name: string) => boolean): PageCase[] {
  return readdirSync(PAGES_DIR)
    .filter((n) => existsSync(join(PAGES_DIR, n, 'source.html')) && (!filter || filter(n)))
    .sort()
    .map((name) => ({
      name,
      html: readFileSync(join(PAGES_DIR, name, 'source.html'), 'utf8'),
      expected: existsSync(join(PAGES_DIR, name, 'expected.json'))
        ? (JSON.parse(readFileSync(join(PAGES_DIR, name, 'expected.json'), 'utf8')) as Record<string, unknown>)
        : {},
    }));
}
