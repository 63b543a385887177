/** Families about values, continued: odd numbers and deep nesting. */
import type { Case, Obj, Rng } from './broken-backups.gen';
import { SAMPLE_TEXT, esc, nested, refuse, sample, setAt } from './broken-backups.gen';
import { one, text } from './broken-backups.values';

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
