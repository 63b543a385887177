/** Families about values: huge strings and tables, surrogates, prototype keys (numbers and nesting: broken-backups.numbers.ts). */
import { BACKUP_LIMITS } from '../../utils/export/index';
import type { Case, Obj, Rng } from './broken-backups.gen';
import { SAMPLE_TEXT, esc, pathText, refuse, sample, setAt } from './broken-backups.gen';

export const text = (o: Obj) => JSON.stringify(o);
export const one = (family: string, name: string, o: Obj, expect: Case['expect']): Case => ({ family, name, text: text(o), expect });

export function huge(): Case[] {
  const cases: Case[] = [];
  const long = (path: (string | number)[], n: number, max: number) => {
    const o = sample();
    setAt(o, path, 'x'.repeat(n));
    cases.push(
      one(
        'huge',
        `${n} characters at ${pathText(path)}`,
        o,
        refuse('invalid', new RegExp(`^${esc(pathText(path))}: too long \\(${n} characters; at most ${max}\\)$`)),
      ),
    );
  };
  long(['clips', 0, 'title'], 20_000_000, 10_000);
  long(['bodies', 1, 'html'], 50_000_001, 50_000_000);
  long(['bodies', 2, 'text'], 20_000_001, 20_000_000);
  long(['highlights', 3, 'note'], 1_000_001, 1_000_000);
  long(['highlights', 0, 'selectors', 'quote'], 1_000_001, 1_000_000);
  long(['clips', 2, 'id'], 201, 200);
  long(['collections', 1, 'name'], 10_001, 10_000);
  long(['clips', 1, 'policy', 'writtenDate'], 101, 100);
  const many = (table: string, n: number, max: number, row: (i: number) => Obj) => {
    const o = sample();
    o[table] = Array.from({ length: n }, (_, i) => row(i));
    cases.push(
      one('huge', `${n} rows in ${table}`, o, refuse('too-large', new RegExp(`^${table}: too many items \\(${n}; at most ${max}\\)$`))),
    );
  };
  many('settings', 1001, 1000, (i) => ({ key: `k${i}`, value: i }));
  many('collections', 10_001, 10_000, (i) => ({ id: `c${i}`, name: `n${i}`, createdAt: 0 }));
  many('clips', 100_001, 100_000, () => ({}));
  const o = sample();
  o.bodies[0].outline = Array.from({ length: 100_001 }, () => ({ level: 1, label: null, title: 't', preview: '', anchor: 'a' }));
  cases.push(
    one('huge', '100,001 outline entries', o, refuse('invalid', /^bodies\[0\]\.outline: too many items \(100001; at most 100000\)$/)),
  );
  const p = sample();
  p.highlights[0].selectors.outlinePath = Array.from({ length: 101 }, () => 'x');
  cases.push(
    one(
      'huge',
      '101 outline path steps',
      p,
      refuse('invalid', /^highlights\[0\]\.selectors\.outlinePath: too many items \(101; at most 100\)$/),
    ),
  );
  return cases;
}

/** A file over the size cap that looks like a good backup all the way through. */
export function oversized(): Case {
  const pad = 'x'.repeat(BACKUP_LIMITS.text);
  const t = SAMPLE_TEXT.replace('"excerpt": "', `"excerpt": "${pad}`);
  return {
    family: 'huge',
    name: `${t.length} characters`,
    text: t,
    expect: refuse('too-large', /^the file is too large \(200 MB; at most 200 MB\)$/),
  };
}

const SURROGATES = ['\ud800', '\udfff', '\udc00\ud800', 'a\ud83dz', '\ud83d\ude00\ude00', '\ud800'.repeat(50)];

/** Lone surrogates are valid strings: a page title can hold one and JSON.stringify writes it as \ud800. */
export function surrogates(r: Rng, n: number): Case[] {
  const SPOTS: (string | number)[][] = [
    ['clips', 0, 'title'],
    ['clips', 1, 'excerpt'],
    ['bodies', 0, 'text'],
    ['bodies', 2, 'html'],
    ['highlights', 2, 'note'],
    ['collections', 0, 'name'],
    ['highlights', 1, 'selectors', 'quote'],
    ['settings', 0, 'value'],
  ];
  return Array.from({ length: n }, (_, i) => {
    const o = sample();
    const spot = SPOTS[i % SPOTS.length]!;
    const s = r.pick(SURROGATES);
    setAt(o, spot, `${'前'.repeat(r.int(0, 3))}${s}${'后'.repeat(r.int(0, 3))}`);
    // half written escaped (as JSON.stringify does), half as raw UTF-16 in the text
    const t = i % 2 ? text(o) : text(o).replace(/\\u(d[89a-f][0-9a-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    return { family: 'surrogates', name: `${JSON.stringify(s)} in ${pathText(spot)}`, text: t, expect: { valid: o } };
  });
}

const POLLUTERS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty', 'toString', 'valueOf'];

/** Prototype keys anywhere are inert: unknown keys are dropped, and as setting keys or ids they are just strings. */
export function prototypeKeys(r: Rng, n: number): Case[] {
  const OBJECTS: (string | number)[][] = [
    [],
    ['clips', 0],
    ['clips', 1, 'policy'],
    ['bodies', 0],
    ['bodies', 0, 'outline', 0],
    ['highlights', 4],
    ['highlights', 4, 'selectors'],
    ['collections', 1],
    ['memberships', 0],
    ['settings', 0],
  ];
  return Array.from({ length: n }, (_, i) => {
    const key = POLLUTERS[i % POLLUTERS.length]!;
    if (i % 4 === 3) {
      // as a setting key, and as a collection id and name, they are plain strings that must be stored as such
      const o = sample();
      o.settings.push({ key, value: { polluted: true } });
      for (const m of o.memberships) if (m.collectionId === o.collections[0].id) m.collectionId = key;
      o.collections[0].id = key;
      o.collections[1].name = key;
      return one('prototype-keys', `${key} as a setting key and collection id`, o, { valid: structuredClone(o) });
    }
    const expected = sample();
    const o = sample();
    const at = r.pick(OBJECTS);
    setAt(o, [...at, key], r.pick([{ polluted: true }, 'polluted', 1, null, [{ polluted: true }]]));
    return one('prototype-keys', `${key} in ${pathText(at) || 'the file'}`, o, { valid: expected });
  });
}
