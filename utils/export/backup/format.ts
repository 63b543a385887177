/**
 * Lossless, versioned backup of the whole library as JSON, and its strict reader. Reading never touches the
 * database: it returns plain data for the caller to merge, or throws a BackupError naming the first problem.
 */
import * as v from 'valibot';
import { BackupError } from './error';
import { checkIntegrity } from './checks';
import { dropDanglingLinks } from './links';
import { BACKUP_SCHEMA, BACKUP_VERSION, LIMITS, backupSchema } from './schema';
import type { ExportBundle, ExportClock, FullBundle } from '../types';

export interface BackupOptions extends ExportClock {
  /** indent the JSON (bigger file, readable diff); default compact */
  pretty?: boolean;
}

export function toBackupJson(bundle: ExportBundle, opts: BackupOptions = {}): string {
  const file = {
    schema: BACKUP_SCHEMA,
    version: BACKUP_VERSION,
    exportedAt: new Date(opts.now ?? Date.now()).toISOString(),
    clips: bundle.clips,
    bodies: bundle.bodies,
    highlights: bundle.highlights,
    collections: bundle.collections,
    memberships: bundle.memberships ?? [],
    settings: bundle.settings ?? [],
  };
  return JSON.stringify(file, null, opts.pretty ? 2 : undefined);
}

const TABLES = ['clips', 'bodies', 'highlights', 'collections', 'memberships', 'settings'] as const;

const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff;

/** Cheap checks before JSON.parse, so a huge non-backup fails in microseconds rather than after a full parse. */
function precheck(text: string): void {
  if (typeof text !== 'string') throw new BackupError('not-json', 'a backup must be read as text');
  if (text.length > LIMITS.text)
    throw new BackupError('too-large', `the file is too large (${Math.round(text.length / 1048576)} MB; at most 200 MB)`, '', {
      key: 'options.backup.tooLarge',
      params: { size: Math.round(text.length / 1048576) },
    });
  let a = 0;
  let z = text.length - 1;
  while (a <= z && isWs(text.charCodeAt(a))) a++;
  while (z >= a && isWs(text.charCodeAt(z))) z--;
  if (a > z) throw new BackupError('not-json', 'the file is empty', '', { key: 'options.backup.empty' });
  if (text[a] !== '{')
    throw new BackupError('not-json', 'this is not a Clausemark backup (it is not a JSON object)', '', { key: 'options.backup.notObject' });
  if (text[z] !== '}')
    throw new BackupError('truncated', 'the file is incomplete (truncated): it does not end with "}"', '', {
      key: 'options.backup.truncatedEnd',
    });
}

const NAMES: Record<string, string> = { Object: 'an object', Array: 'a list', string: 'a string', number: 'a number' };

function describe(issue: v.BaseIssue<unknown>): string {
  const got = issue.received;
  switch (issue.type) {
    case 'max_length':
      return Array.isArray(issue.input)
        ? `too many items (${got}; at most ${issue.requirement})`
        : `too long (${got} characters; at most ${issue.requirement})`;
    case 'min_length':
      return 'must not be empty';
    case 'integer':
      return `expected a whole number, got ${got}`;
    case 'min_value':
    case 'max_value':
      return `${got} is out of range (${issue.expected})`;
    case 'picklist':
    case 'literal':
      return `expected ${issue.expected}, got ${got}`;
    default: {
      if (issue.kind !== 'schema' || !issue.expected) return issue.message;
      if (got === 'undefined') return 'is missing';
      const expected = NAMES[issue.expected] ?? `${/^[aeiou]/i.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
      return `expected ${expected}, got ${got}`;
    }
  }
}

/** "clips[3].policy.issuer" from valibot's issue path. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((p, i) => (typeof p.key === 'number' ? `[${p.key}]` : `${i ? '.' : ''}${String(p.key)}`)).join('');
}

export interface ParsedBackup {
  exportedAt: string;
  bundle: FullBundle;
  /** 附件 links to a clip the backup does not hold, dropped (those clips come in as ordinary ones) */
  droppedLinks: number;
}

export function readBackup(text: string): ParsedBackup {
  precheck(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    // a file cut after a "}" passes the precheck; the parser then stops at (or just before) the very end
    const at = Number(/position (\d+)/.exec(msg)?.[1] ?? -1);
    if (/end of (JSON )?input|Unterminated/i.test(msg) || at >= text.trimEnd().length - 1) {
      throw new BackupError('truncated', `the file is incomplete (truncated): ${msg}`, '', {
        key: 'options.backup.truncated',
        params: { detail: msg },
      });
    }
    throw new BackupError('not-json', `the file is not valid JSON: ${msg}`, '', { key: 'options.backup.notJson', params: { detail: msg } });
  }
  const o = data as Record<string, unknown>;
  if (o.schema !== BACKUP_SCHEMA) {
    const got = JSON.stringify(o.schema) ?? 'nothing';
    throw new BackupError('wrong-schema', `this is not a Clausemark backup (expected "${BACKUP_SCHEMA}", got ${got})`, 'schema', {
      key: 'options.backup.wrongSchema',
      params: { expected: BACKUP_SCHEMA, got },
    });
  }
  if (typeof o.version === 'number' && Number.isInteger(o.version) && o.version > BACKUP_VERSION) {
    throw new BackupError(
      'unsupported-version',
      `made by a newer Clausemark (backup version ${o.version}; this version reads ${BACKUP_VERSION}); update the extension first`,
      'version',
      {
        key: 'options.backup.newer',
        params: { version: o.version, reads: BACKUP_VERSION },
      },
    );
  }
  // String(): JSON.stringify would show an overflowing 1e400 (Infinity) as "null"
  const shown = typeof o.version === 'number' ? String(o.version) : (JSON.stringify(o.version) ?? '(missing)');
  if (o.version !== BACKUP_VERSION) throw new BackupError('unsupported-version', `unknown backup version ${shown}`, 'version');
  // counts first: validating a million items only to reject the file for its size would be slow
  for (const t of TABLES) {
    const rows = o[t];
    if (Array.isArray(rows) && rows.length > LIMITS[t])
      throw new BackupError('too-large', `too many items (${rows.length}; at most ${LIMITS[t]})`, t);
  }
  const result = v.safeParse(backupSchema, data, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    // valibot takes an array for an object and then misses its first key: name the array instead
    const last = issue.path?.[issue.path.length - 1];
    if (last && typeof last.key === 'string' && Array.isArray(last.input))
      throw new BackupError(
        'invalid',
        'expected an object, got a list',
        pathOf({ ...issue, path: issue.path!.slice(0, -1) as typeof issue.path }),
      );
    throw new BackupError('invalid', describe(issue), pathOf(issue));
  }
  const { exportedAt, clips, bodies, highlights, collections, memberships, settings } = result.output;
  const bundle: FullBundle = {
    clips,
    bodies,
    highlights,
    collections,
    memberships,
    settings: settings.map((s) => ({ key: s.key, value: s.value })),
  };
  checkIntegrity(bundle);
  const linked = dropDanglingLinks(bundle);
  return { exportedAt, bundle: linked.bundle, droppedLinks: linked.dropped };
}

/** The bundle in a backup file, validated; throws BackupError. Mutates nothing. */
export function fromBackupJson(text: string): FullBundle {
  return readBackup(text).bundle;
}
