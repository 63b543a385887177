/** Rows for library, collection, search and migration tests, written straight to the tables. */
import { afterEach } from 'vitest';
import { ClausemarkDB, type Clip, type Highlight } from '../../utils/db';
import { emptyPolicy } from '../../utils/model';

const open: ClausemarkDB[] = [];

/** A new empty database, deleted after the test. */
export function freshDb(prefix = 'lib'): ClausemarkDB {
  const db = new ClausemarkDB(`${prefix}-${Math.random()}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

export function clipRow(id: string, over: Partial<Clip> = {}): Clip {
  return {
    id,
    url: `https://example.gov.cn/${id}.htm`,
    canonicalUrl: `https://example.gov.cn/${id}.htm`,
    title: `文件 ${id}`,
    siteName: '中国政府网',
    byline: '',
    lang: 'zh',
    publishedTime: '',
    excerpt: '',
    policy: emptyPolicy(),
    charCount: 10,
    contentHash: `h-${id}`,
    mode: 'article',
    savedAt: 1000,
    updatedAt: 1000,
    highlightCount: 0,
    ...over,
  };
}

export function highlightRow(id: string, clipId: string, over: Partial<Highlight> = {}): Highlight {
  return {
    id,
    clipId,
    url: `https://example.gov.cn/${clipId}.htm`,
    selectors: { quote: '引文', prefix: '', suffix: '', start: 0, end: 2, outlinePath: [] },
    color: 'yellow',
    note: '',
    createdAt: 1,
    updatedAt: 1,
    ...over,
  };
}

/** Clips with bodies (text defaults to the title). */
export async function addClips(db: ClausemarkDB, clips: Clip[], texts: Record<string, string> = {}): Promise<void> {
  await db.clips.bulkAdd(clips);
  await db.clipBodies.bulkAdd(clips.map((c) => ({ clipId: c.id, html: '', text: texts[c.id] ?? c.title, outline: [] })));
}
