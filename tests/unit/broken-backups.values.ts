/** Families about values: huge strings and tables, surrogates, prototype keys, odd numbers, deep nesting. */
import { BACKUP_LIMITS } from '../../utils/export/index';
import type { Case, Obj, Rng } from './broken-backups.gen';
import { SAMPLE_TEXT, esc, nested, pathText, refuse, sample, setAt } from './broken-backups.gen';

const text = (o: Obj) => JSON.stringify(o);
const one = (family: string, name: string, o: Obj, expect: Case['expect']): Case => ({ family, name, text: text(o), expect });

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

/** Non-JSON numbers, overflow to Infinity, out-of-range and fractional values, and harmless spellings of good ones. */
export function numbers(): Case[] {
  const cases: Case[] = [];
  const FIELDS = [
    '"savedAt": 1709726400000',
    '"charCount": 440',
    '"createdAt": 1709776800000',
    '"start": 235',
    '"level": 1',
    '"addedAt": ',
  ];
  const inText = (field: string, replacement: string) => {
    const at = SAMPLE_TEXT.indexOf(field);
    const end = at + field.length + (field.endsWith(' ') ? /^\d+/.exec(SAMPLE_TEXT.slice(at + field.length))![0].length : 0);
    return SAMPLE_TEXT.slice(0, at) + field.slice(0, field.indexOf(':') + 2) + replacement + SAMPLE_TEXT.slice(end);
  };
  for (const f of FIELDS) {
    const name = f.slice(1, f.indexOf('"', 1));
    for (const lit of ['NaN', 'Infinity', '-Infinity', 'undefined', '0x10', '+1', '01', '.5', '1e', '1_000', "'1'"])
      cases.push({
        family: 'numbers',
        name: `${name} ${lit}`,
        text: inText(f, lit),
        expect: refuse('not-json', /^the file is not valid JSON: /),
      });
    const invalid = (lit: string, message: RegExp) =>
      cases.push({ family: 'numbers', name: `${name} ${lit}`, text: inText(f, lit), expect: refuse('invalid', message) });
    const path = `^[a-z]+\\[\\d+\\](\\.selectors|\\.outline\\[\\d+\\])?\\.${name}: `;
    invalid('1e400', new RegExp(`${path}expected a whole number, got Infinity$`));
    invalid('-1e400', new RegExp(`${path}expected a whole number, got -Infinity$`));
    invalid('1.5', new RegExp(`${path}expected a whole number, got 1\\.5$`));
    invalid('-1', new RegExp(`${path}-1 is out of range \\(>=(0|1)\\)$`));
    invalid('"NaN"', new RegExp(`${path}expected a number, got "NaN"$`));
    invalid('1e300', new RegExp(`${path}1e\\+300 is out of range \\(<=\\d+\\)$`));
  }
  // after a far-future date a Date cannot print itself: exporters would throw on the clip
  const late = sample();
  late.highlights[0].updatedAt = 8_640_000_000_000_001;
  cases.push(
    one(
      'numbers',
      'updatedAt after year 275760',
      late,
      refuse('invalid', /^highlights\[0\]\.updatedAt: 8640000000000001 is out of range \(<=8640000000000000\)$/),
    ),
  );
  const backwards = sample();
  backwards.highlights[1].selectors.end = backwards.highlights[1].selectors.start - 1;
  cases.push(
    one(
      'numbers',
      'highlight ending before its start',
      backwards,
      refuse('invalid', /^highlights\[1\]\.selectors\.end: ends \(\d+\) before it starts \(\d+\)$/),
    ),
  );
  // other spellings of the same good values
  const same = sample();
  cases.push({
    family: 'numbers',
    name: 'savedAt 1.709726400000e12',
    text: SAMPLE_TEXT.replace('"savedAt": 1709726400000', '"savedAt": 1.709726400000e12'),
    expect: { valid: same },
  });
  cases.push({
    family: 'numbers',
    name: 'charCount 440.0',
    text: SAMPLE_TEXT.replace('"charCount": 440', '"charCount": 440.0'),
    expect: { valid: same },
  });
  const tiny = sample();
  tiny.clips[0].charCount = 0;
  cases.push({
    family: 'numbers',
    name: 'charCount 1e-400 (underflows to 0)',
    text: SAMPLE_TEXT.replace('"charCount": 440', '"charCount": 1e-400'),
    expect: { valid: tiny },
  });
  return cases;
}

/** Deep arrays: refused where the schema wants something else or inside a setting; dropped with an unknown key. */
export function deep(r: Rng): Case[] {
  const cases: Case[] = [];
  for (const d of [33, 100, 1000, 100_000]) {
    const o = sample();
    o.settings[0].value = 0;
    cases.push({
      family: 'deep',
      name: `setting value ${d} levels deep`,
      text: text(o).replace('"value":0', `"value":${nested(d)}`),
      expect: refuse('invalid', /^settings\[0\]\.value: nested too deeply \(more than 32 levels\)$/),
    });
  }
  for (const d of [1, 10, 32]) {
    const o = sample();
    o.settings[0].value = JSON.parse(nested(d, '{"a":"b"}'));
    cases.push(
      one('deep', `setting value ${d} levels deep (+1 object)`, o, d + 1 > 32 ? refuse('invalid', /nested too deeply/) : { valid: o }),
    );
  }
  for (const [path, d] of [
    ['clips[1].policy', 10_000],
    ['bodies[0].outline[2]', 50_000],
    ['highlights[3].selectors.outlinePath[0]', 100_000],
    ['memberships[0]', 1000],
  ] as const) {
    const o = sample();
    const t = text(placeMarker(o, path)).replace('"__deep__"', nested(d));
    cases.push({
      family: 'deep',
      name: `${d} levels at ${path}`,
      text: t,
      expect: refuse('invalid', new RegExp(`^${esc(path)}: expected (an object, got a list|.+, got Array)$`)),
    });
  }
  for (const d of [1000, 100_000, r.int(2, 50_000)])
    cases.push({
      family: 'deep',
      name: `${d} levels under an unknown key`,
      text: SAMPLE_TEXT.replace('"clips": [', `"extra": ${nested(d, '{"__proto__": {"polluted": true}}')}, "clips": [`),
      expect: { valid: sample() },
    });
  return cases;
}

function placeMarker(o: Obj, path: string): Obj {
  const steps = path.match(/[^.[\]]+/g)!.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  setAt(o, steps, '__deep__');
  return o;
}
