/** The families of broken backups, each a function of the seeded PRNG; see broken-backups.gen.ts. */
import type { Case, Obj, Rng } from './broken-backups.gen';
import { OF_KIND, SAMPLE_TEXT, deleteAt, esc, getAt, kind, nested, pathText, paths, refuse, sample, setAt } from './broken-backups.gen';

const TABLES = ['clips', 'bodies', 'highlights', 'collections', 'memberships', 'settings'] as const;
const text = (o: Obj) => JSON.stringify(o);
const tableOf = (path: readonly (string | number)[]) => path[0] as string;
const isSettingValue = (p: readonly (string | number)[]) => p[0] === 'settings' && p[2] === 'value';

/** Cut anywhere, and often just after a "}" so the end-of-file check passes and the parser has to notice. */
export function truncated(r: Rng, n: number): Case[] {
  const compact = JSON.stringify(sample());
  return Array.from({ length: n }, (_, i) => {
    const src = i % 2 ? SAMPLE_TEXT : compact;
    let cut = r.int(0, src.length - 1);
    if (r.chance(0.4)) cut = Math.max(src.indexOf('}', cut), 0) + 1;
    const t = src.slice(0, cut);
    const expect = !t.trim()
      ? refuse('not-json', /^the file is empty$/)
      : !src.slice(cut).trim()
        ? { valid: sample() } // only the trailing newline was lost
        : refuse('truncated', /^the file is incomplete \(truncated\): /);
    return { family: 'truncated', name: `cut at ${cut} of ${src.length}`, text: t, expect };
  });
}

/** A value of another JSON type at a random path, or a deleted key: refused with that path, unless the schema allows it. */
export function wrongType(r: Rng, n: number): Case[] {
  const all = paths(sample());
  return Array.from({ length: n }, () => {
    const o = sample();
    const [path, old] = r.pick(all);
    const del = r.chance(0.25) && !Array.isArray(getAt(o, path.slice(0, -1)));
    const next = OF_KIND[r.pick(Object.keys(OF_KIND).filter((k) => k !== kind(old)))];
    if (del) deleteAt(o, path);
    else setAt(o, path, next);
    const where = pathText(path);
    const name = `${del ? 'delete' : `${JSON.stringify(next)} at`} ${where}`;
    const label = path[path.length - 1] === 'label' && (del ? false : next === null || typeof next === 'string');
    let expect: Case['expect'];
    if (path[0] === 'schema')
      expect = refuse('wrong-schema', /^schema: this is not a Clausemark backup \(expected "clausemark-backup", got /);
    else if (path[0] === 'version') expect = refuse('unsupported-version', /^version: unknown backup version /);
    else if (isSettingValue(path) || label) expect = { valid: o };
    else expect = refuse('invalid', new RegExp(`^${esc(where)}: ${del ? 'is missing' : 'expected .+, got '}`));
    return { family: 'wrong-type', name, text: text(o), expect };
  });
}

export function schemaVersion(): Case[] {
  const cases: Case[] = [];
  const add = (name: string, edit: (o: Obj) => void, expect: Case['expect']) => {
    const o = sample();
    edit(o);
    cases.push({ family: 'schema-version', name, text: text(o), expect });
  };
  for (const s of ['clausemark', 'Clausemark-backup', 'clausemark-backup ', '', 'clausemark-backup-v2', 'other-app'])
    add(
      `schema ${JSON.stringify(s)}`,
      (o) => (o.schema = s),
      refuse('wrong-schema', new RegExp(`expected "clausemark-backup", got ${esc(JSON.stringify(s))}\\)$`)),
    );
  add('no schema', (o) => delete o.schema, refuse('wrong-schema', /got nothing\)$/));
  for (const v of [2, 3, 99, 1_000_000])
    add(
      `version ${v}`,
      (o) => (o.version = v),
      refuse('unsupported-version', new RegExp(`made by a newer Clausemark \\(backup version ${v}; this version reads 1\\)`)),
    );
  for (const v of [0, -1, 1.5, '1', null, [1], { v: 1 }, true])
    add(
      `version ${JSON.stringify(v)}`,
      (o) => (o.version = v),
      refuse('unsupported-version', new RegExp(`^version: unknown backup version ${esc(JSON.stringify(v))}$`)),
    );
  add('no version', (o) => delete o.version, refuse('unsupported-version', /unknown backup version \(missing\)$/));
  const overflow = SAMPLE_TEXT.replace('"version": 1', '"version": 1e400');
  cases.push({
    family: 'schema-version',
    name: 'version 1e400',
    text: overflow,
    expect: refuse('unsupported-version', /unknown backup version Infinity$/),
  });
  cases.push({
    family: 'schema-version',
    name: 'version 1.0 (same number)',
    text: SAMPLE_TEXT.replace('"version": 1', '"version": 1.0'),
    expect: { valid: sample() },
  });
  return cases;
}

/** A copied row clashing on one unique key (ids, canonicalUrl, collection name, membership pair, setting key). */
export function duplicates(r: Rng, n: number): Case[] {
  const KINDS: Array<[table: string, field: string, change: string | null]> = [
    ['clips', 'id', 'canonicalUrl'],
    ['clips', 'canonicalUrl', 'id'],
    ['bodies', 'clipId', null],
    ['highlights', 'id', null],
    ['collections', 'id', 'name'],
    ['collections', 'name', 'id'],
    ['memberships', 'clipId', null],
    ['settings', 'key', null],
  ];
  return Array.from({ length: n }, (_, i) => {
    const [table, field, change] = KINDS[i % KINDS.length]!;
    const o = sample();
    const rows = o[table] as Obj[];
    const j = r.int(0, rows.length - 1);
    const copy = structuredClone(rows[j]!);
    if (change) copy[change] = `${copy[change]}-copy-${i}`;
    const at = r.int(j + 1, rows.length); // after the original, so the copy is the one named
    rows.splice(at, 0, copy);
    const shown = table === 'memberships' ? '' : esc(JSON.stringify(copy[field]));
    const message = new RegExp(
      `^${table}\\[${at}\\]\\.${field}: duplicate ${field === 'clipId' && table === 'memberships' ? 'membership' : `${field} ${shown}`}.* \\(also at ${table}\\[${j}\\]\\)$`,
    );
    return {
      family: 'duplicate-id',
      name: `${table}.${field} of row ${j} again at ${at}`,
      text: text(o),
      expect: refuse('duplicate-id', message),
    };
  });
}

/** Bodies, highlights and memberships pointing at a clip or collection the file does not hold. */
export function dangling(r: Rng, n: number): Case[] {
  const KINDS: Array<[string, string, string]> = [
    ['highlights', 'clipId', 'clip'],
    ['bodies', 'clipId', 'clip'],
    ['memberships', 'clipId', 'clip'],
    ['memberships', 'collectionId', 'collection'],
  ];
  return Array.from({ length: n }, (_, i) => {
    const o = sample();
    if (i % 5 === 4) {
      // a clip removed but not what hangs off it
      const gone = o.clips.splice(r.int(0, o.clips.length - 1), 1)[0].id;
      return {
        family: 'dangling-reference',
        name: `clip ${gone} removed`,
        text: text(o),
        expect: refuse(
          'dangling-reference',
          new RegExp(
            `^(bodies|highlights|memberships)\\[\\d+\\]\\.clipId: refers to clip ${esc(JSON.stringify(gone))}, which is not in the backup$`,
          ),
        ),
      };
    }
    const [table, field, target] = KINDS[i % KINDS.length]!;
    const j = r.int(0, o[table].length - 1);
    const missing = r.pick(['missing', ' ', 'CLIP-DATA-RULES', '__proto__', 'constructor', `x${i}`]);
    o[table][j][field] = missing;
    return {
      family: 'dangling-reference',
      name: `${table}[${j}].${field} = ${missing}`,
      text: text(o),
      expect: refuse(
        'dangling-reference',
        new RegExp(`^${table}\\[${j}\\]\\.${field}: refers to ${target} ${esc(JSON.stringify(missing))}, which is not in the backup$`),
      ),
    };
  });
}

export { TABLES, nested, tableOf };
