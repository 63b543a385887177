/**
 * The library search in the background: folded per-clip documents kept in memory, loaded lazily on the first search
 * (bodies in chunks), kept current by Dexie's storagemutated event and a staleness check (see search-sync.ts).
 * A search is then an in-memory scan; only the page's bodies are read again, to cut snippets.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import type { SearchPage, SearchRequest } from '../messaging';
import { buildDoc, parseQuery, phraseVariants, rankDocs, type SearchDoc } from '../search';
import { collectionClipIds, passesFilter } from './library-query';
import type { ClausemarkDB } from './schema';
import { groupByClip, highlightsOfClips, pageHits } from './search-hits';
import { changedBy, dbSignature, keyStamps, mergeChanged, sameSignature, type Changed, type Signature } from './search-sync';

export interface LibrarySearchOptions {
  /** subscribe to storagemutated (tests turn it off to exercise the staleness check alone) */
  listen?: boolean;
  /** bodies read per bulkGet while loading */
  chunk?: number;
  lang?: string;
  now?: () => number;
  /**
   * While events are followed, the staleness check (a fallback for an event that never came) runs at most once per
   * this many ms: it is four IndexedDB reads, most of a search's time in a service worker. Default 1000. Without
   * events (listen: false) it runs with every search.
   */
  recheckMs?: number;
}

const nothing = (): Changed => ({ clips: new Set(), highlights: new Set() });

export class LibrarySearch {
  private docs = new Map<string, SearchDoc>();
  /** highlight id → its clip and updatedAt, to find the clip of a changed or deleted highlight */
  private hl = new Map<string, { clipId: string; updatedAt: number }>();
  private loaded = false;
  private pending: Changed = nothing();
  private queue: Promise<void> = Promise.resolve();
  private checkedAt = -Infinity;
  private readonly onMutated = (parts: ObservabilitySet) => {
    const c = changedBy(parts, this.db.name);
    if (c) this.pending = mergeChanged(this.pending, c);
  };

  constructor(private readonly db: ClausemarkDB, private readonly opts: LibrarySearchOptions = {}) {
    if (opts.listen !== false) Dexie.on('storagemutated', this.onMutated);
  }

  dispose(): void {
    Dexie.on.storagemutated.unsubscribe(this.onMutated);
  }

  get size(): number {
    return this.docs.size;
  }

  /** Load on first use, then apply the changes events announced; one at a time. */
  ready(): Promise<void> {
    return this.enqueue(() => (this.loaded ? this.sync() : this.load()));
  }

  /** Compare counts and newest stamps with the database; reconcile when they differ. True when it had to. */
  private check(): Promise<boolean> {
    return this.enqueue(async () => {
      this.checkedAt = this.clock();
      if (sameSignature(await dbSignature(this.db), this.memSignature())) return false;
      await this.reconcile();
      return true;
    });
  }

  private clock(): number {
    return (this.opts.now ?? (() => performance.now()))();
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job);
    this.queue = run.then(() => {}, () => {});
    return run;
  }

  async search(req: SearchRequest): Promise<SearchPage> {
    const t0 = this.clock();
    await this.ready();
    // The staleness check reads the database while the documents are ranked in memory and the page's bodies are
    // read; only when it finds a change that no event announced is the page built again. The result is as fresh as
    // checking first, without waiting for the check before anything else.
    const due = this.opts.listen === false || this.clock() - this.checkedAt >= (this.opts.recheckMs ?? 1000);
    const checked = due ? this.check() : Promise.resolve(false);
    const q = parseQuery(req.query, this.opts.lang);
    const { filter } = req;
    const members = filter.collectionId !== undefined ? new Set(await collectionClipIds(this.db, filter.collectionId)) : undefined;
    const build = () => {
      const ranked = rankDocs(this.docs.values(), q, (d) => passesFilter(d.clip, filter, members));
      const hits = pageHits(this.db, ranked.slice(req.offset, req.offset + req.limit), q, phraseVariants(q));
      return { total: ranked.length, hits };
    };
    let result = build();
    if (await checked) {
      void result.hits.catch(() => {}); // superseded: its failure no longer matters
      result = build();
    }
    return { total: result.total, hits: await result.hits, tookMs: Math.round(this.clock() - t0) };
  }

  private async load(): Promise<void> {
    this.pending = nothing(); // everything is read below; later events stay pending
    this.docs.clear();
    this.hl.clear();
    const [clips, highlights] = await Promise.all([this.db.clips.toArray(), this.db.highlights.toArray()]);
    const byClip = groupByClip(highlights);
    const chunk = this.opts.chunk ?? 200;
    for (let i = 0; i < clips.length; i += chunk) {
      const part = clips.slice(i, i + chunk);
      const bodies = await this.db.clipBodies.bulkGet(part.map((c) => c.id));
      part.forEach((c, j) => this.docs.set(c.id, buildDoc(c, bodies[j]?.text ?? '', byClip.get(c.id) ?? [])));
    }
    for (const h of highlights) this.hl.set(h.id, { clipId: h.clipId, updatedAt: h.updatedAt });
    this.loaded = true;
    await this.sync();
    // events from before the load's first read are not pending: check against the database once
    if (!sameSignature(await dbSignature(this.db), this.memSignature())) await this.reconcile();
  }

  /** Apply the pending events, then check the result against the database; re-diff from index keys if it differs. */
  private async sync(): Promise<void> {
    const { clips, highlights } = this.pending;
    this.pending = nothing();
    if (clips === 'all' || highlights === 'all') return this.reconcile();
    const ids = new Set(clips);
    if (highlights.size) {
      const rows = await this.db.highlights.bulkGet([...highlights]);
      [...highlights].forEach((id, i) => {
        const owner = this.hl.get(id)?.clipId ?? rows[i]?.clipId;
        if (owner) ids.add(owner);
      });
    }
    if (ids.size) await this.reload([...ids]);
  }

  /** Find every changed clip and highlight by comparing updatedAt stamps, and reload only those clips. */
  private async reconcile(): Promise<void> {
    const stamps = await keyStamps(this.db);
    const ids = new Set<string>();
    for (const [id, t] of stamps.clips) if (this.docs.get(id)?.clip.updatedAt !== t) ids.add(id);
    for (const id of this.docs.keys()) if (!stamps.clips.has(id)) ids.add(id);
    const unknown: string[] = [];
    for (const [id, t] of stamps.highlights) {
      const known = this.hl.get(id);
      if (!known) unknown.push(id);
      else if (known.updatedAt !== t) ids.add(known.clipId);
    }
    for (const [id, h] of this.hl) if (!stamps.highlights.has(id)) ids.add(h.clipId);
    for (const h of await this.db.highlights.bulkGet(unknown)) if (h) ids.add(h.clipId);
    if (ids.size) await this.reload([...ids]);
  }

  /** Rebuild (or drop) the documents of these clips from the database. */
  private async reload(ids: string[]): Promise<void> {
    const { clips, bodies, highlights } = await this.db.transaction('r', this.db.clips, this.db.clipBodies, this.db.highlights, async () => ({
      clips: await this.db.clips.bulkGet(ids),
      bodies: await this.db.clipBodies.bulkGet(ids),
      highlights: await highlightsOfClips(this.db, ids),
    }));
    const gone = new Set(ids);
    for (const [id, h] of this.hl) if (gone.has(h.clipId)) this.hl.delete(id);
    const byClip = groupByClip(highlights);
    ids.forEach((id, i) => {
      const clip = clips[i];
      if (clip) this.docs.set(id, buildDoc(clip, bodies[i]?.text ?? '', byClip.get(id) ?? []));
      else this.docs.delete(id);
    });
    for (const h of highlights) this.hl.set(h.id, { clipId: h.clipId, updatedAt: h.updatedAt });
  }

  private memSignature(): Signature {
    let clipsNewest = 0;
    let highlightsNewest = 0;
    for (const d of this.docs.values()) clipsNewest = Math.max(clipsNewest, d.clip.updatedAt);
    for (const h of this.hl.values()) highlightsNewest = Math.max(highlightsNewest, h.updatedAt);
    return { clips: this.docs.size, clipsNewest, highlights: this.hl.size, highlightsNewest };
  }
}
