/**
 * The backup format (version 1) as valibot schemas. Caps are generous (far above what the extension writes) but
 * bound the work a hostile or corrupt file can cause; any object key not listed here is dropped.
 */
import * as v from 'valibot';

export const BACKUP_SCHEMA = 'clausemark-backup';
export const BACKUP_VERSION = 1;

export const LIMITS = {
  /** characters of the whole file */
  text: 200 * 1024 * 1024,
  clips: 100_000,
  bodies: 100_000,
  highlights: 1_000_000,
  collections: 10_000,
  memberships: 1_000_000,
  settings: 1_000,
  outline: 100_000,
} as const;

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/** ms since epoch, within what a Date can hold: a larger value would make toISOString() throw in every exporter */
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8_640_000_000_000_000));
/** a count or text offset */
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const SHORT = 10_000;

const policy = v.object({
  issuer: str(SHORT),
  docNumber: str(SHORT),
  indexNumber: str(SHORT),
  subject: str(SHORT),
  writtenDate: str(100),
  publishDate: str(100),
  source: str(SHORT),
  author: str(SHORT),
});

export const clipSchema = v.object({
  id,
  url: str(SHORT),
  canonicalUrl: str(SHORT),
  title: str(SHORT),
  siteName: str(SHORT),
  byline: str(SHORT),
  lang: str(100),
  publishedTime: str(100),
  excerpt: str(100_000),
  policy,
  charCount: count,
  /** derived data: 0 when absent (backups from before schema v2); importBundle recounts it anyway */
  highlightCount: v.optional(count, 0),
  contentHash: str(200),
  mode: v.picklist(['article', 'fulltext']),
  /** only the beginning of a very long page was kept (utils/extract/size-cap) */
  truncated: v.optional(v.boolean()),
  /** a clip of a PDF or Word file (absent for a web page) and a PDF's page count */
  source: v.optional(v.picklist(['pdf', 'docx'])),
  pageCount: v.optional(v.pipe(count, v.minValue(1), v.maxValue(1_000_000))),
  savedAt: time,
  updatedAt: time,
  /** since schema v4: the notice this clip is a 附件 of (a link to a clip not in the backup is dropped, counted) */
  attachmentOf: v.optional(id),
  attachmentName: v.optional(str(SHORT)),
});

const outlineEntry = v.object({
  level: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)),
  label: v.nullable(str(SHORT)),
  title: str(SHORT),
  preview: str(SHORT),
  anchor: str(200),
});

export const bodySchema = v.object({
  clipId: id,
  html: str(50_000_000),
  text: str(20_000_000),
  outline: v.pipe(v.array(outlineEntry), v.maxLength(LIMITS.outline)),
});

export const highlightSchema = v.object({
  id,
  clipId: id,
  url: str(SHORT),
  selectors: v.object({
    quote: str(1_000_000),
    prefix: str(SHORT),
    suffix: str(SHORT),
    start: count,
    end: count,
    outlinePath: v.pipe(v.array(str(SHORT)), v.maxLength(100)),
  }),
  color: str(50),
  note: str(1_000_000),
  createdAt: time,
  updatedAt: time,
});

export const collectionSchema = v.object({
  id,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(SHORT)),
  createdAt: time,
  // since schema v3; older backups have none
  description: v.optional(str(SHORT)),
});
export const membershipSchema = v.object({ collectionId: id, clipId: id, addedAt: time });
// a setting stored as undefined loses its value key in JSON: accept that rather than refuse the whole backup
export const settingSchema = v.object({ key: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)), value: v.optional(v.unknown()) });

const table = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));

export const backupSchema = v.object({
  schema: v.literal(BACKUP_SCHEMA),
  version: v.literal(BACKUP_VERSION),
  exportedAt: str(100),
  clips: table(clipSchema, LIMITS.clips),
  bodies: table(bodySchema, LIMITS.bodies),
  highlights: table(highlightSchema, LIMITS.highlights),
  collections: table(collectionSchema, LIMITS.collections),
  memberships: table(membershipSchema, LIMITS.memberships),
  settings: table(settingSchema, LIMITS.settings),
});

export type BackupFile = v.InferOutput<typeof backupSchema>;
