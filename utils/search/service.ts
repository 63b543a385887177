/**
 * The library search in the background: folded per-clip documents kept in memory, loaded lazily on the first search
 * (bodies in chunks), kept current by the store's change events and a staleness check (see changes.ts; over Dexie,
 * utils/db/search/sync.ts).
 * A search is then an in-memory scan; only the page's bodies are read again, to cut snippets.
 */
import type { SearchHit, SearchPage, SearchRequest } from '../model';
import { mergeChanged, nothingChanged as nothing, sameSignature, type Changed } from './changes';
import { SearchDocs } from './docs';
import { passesFilter } from './filter';
import { toHits } from './hits';
import { phraseVariants } from './match';
import { rankDocs, type Ranked } from './rank';
import type { SearchStore } from './store';
import { parseQuery, type ParsedQuery } from './terms';

export interface LibrarySearchOptions {
  /** follow the store's change events, storagemutated over Dexie (tests turn it off to exercise the staleness check alone) */
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

export class SearchService {
  private readonly docs: SearchDocs;
  private loaded = false;
  private pending: Changed = nothing();
  private queue: Promise<void> = Promise.resolve();
  private checkedAt = -Infinity;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly store: SearchStore,
    private readonly opts: LibrarySearchOptions = {},
  ) {
    this.docs = new SearchDocs(store, opts.chunk);
    this.unsubscribe = opts.listen !== false ? store.subscribe((c) => (this.pending = mergeChanged(this.pending, c))) : () => {};
  }

  dispose(): void {
    this.unsubscribe();
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
      if (sameSignature(await this.store.signature(), this.docs.signature())) return false;
      await this.docs.reconcile();
      return true;
    });
  }

  private clock(): number {
    return (this.opts.now ?? (() => performance.now()))();
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job);
    this.queue = run.then(
      () => {},
      () => {},
    );
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
    const members = filter.collectionId !== undefined ? new Set(await this.store.collectionClipIds(filter.collectionId)) : undefined;
    const build = () => {
      const ranked = rankDocs(this.docs.values(), q, (d) => passesFilter(d.clip, filter, members));
      const hits = this.pageHits(ranked.slice(req.offset, req.offset + req.limit), q, phraseVariants(q));
      return { total: ranked.length, hits, ids: req.ids ? ranked.map((r) => r.doc.clip.id) : undefined };
    };
    let result = build();
    if (await checked) {
      void result.hits.catch(() => {}); // superseded: its failure no longer matters
      result = build();
    }
    const page: SearchPage = { total: result.total, hits: await result.hits, tookMs: Math.round(this.clock() - t0) };
    return result.ids ? { ...page, ids: result.ids } : page;
  }

  /**
   * Reads only the page's bodies (one transaction): memory holds folded text, snippets show the text as written. The
   * highlights as written are in memory already; reading them per clip cost Chromium ~50 transactions per search.
   */
  private async pageHits(page: Ranked[], q: ParsedQuery, phrases: string[]): Promise<SearchHit[]> {
    return toHits(page, await this.store.bodies(page.map((r) => r.doc.clip.id)), q, phrases);
  }

  private async load(): Promise<void> {
    this.pending = nothing(); // everything is read below; later events stay pending
    await this.docs.loadAll();
    this.loaded = true;
    await this.sync();
    // events from before the load's first read are not pending: check against the database once
    if (!sameSignature(await this.store.signature(), this.docs.signature())) await this.docs.reconcile();
  }

  /** Apply the pending events: reload the clips they name (a bulk write's range: compare everything). */
  private async sync(): Promise<void> {
    const { clips, highlights } = this.pending;
    this.pending = nothing();
    if (clips === 'all' || highlights === 'all') return this.docs.reconcile();
    const ids = new Set(clips);
    if (highlights.size) {
      const rows = await this.store.highlights([...highlights]);
      [...highlights].forEach((id, i) => {
        const owner = this.docs.ownerOf(id) ?? rows[i]?.clipId;
        if (owner) ids.add(owner);
      });
    }
    if (ids.size) await this.docs.reload([...ids]);
  }
}
