/**
 * The search's documents in memory: one folded document per clip, plus where each highlight belongs, read from the
 * store (the database) and kept in step with it by clip (reload) or by comparing updatedAt stamps (reconcile).
 */
import type { StoreSignature } from './changes';
import { buildDoc, type SearchDoc } from './document';
import { groupByClip } from './hits';
import type { SearchStore } from './store';

export class SearchDocs {
  private docs = new Map<string, SearchDoc>();
  /** highlight id → its clip and updatedAt, to find the clip of a changed or deleted highlight */
  private hl = new Map<string, { clipId: string; updatedAt: number }>();

  constructor(
    private readonly store: SearchStore,
    private readonly chunk = 200,
  ) {}

  get size(): number {
    return this.docs.size;
  }

  values(): IterableIterator<SearchDoc> {
    return this.docs.values();
  }

  /** The clip a highlight belongs (or belonged) to, when known. */
  ownerOf(highlightId: string): string | undefined {
    return this.hl.get(highlightId)?.clipId;
  }

  /** Read everything: clips and highlights at once, bodies in chunks. */
  async loadAll(): Promise<void> {
    this.docs.clear();
    this.hl.clear();
    const { clips, highlights } = await this.store.all();
    const byClip = groupByClip(highlights);
    for (let i = 0; i < clips.length; i += this.chunk) {
      const part = clips.slice(i, i + this.chunk);
      const bodies = await this.store.bodies(part.map((c) => c.id));
      part.forEach((c, j) => this.docs.set(c.id, buildDoc(c, bodies[j]?.text ?? '', byClip.get(c.id) ?? [])));
    }
    for (const h of highlights) this.hl.set(h.id, { clipId: h.clipId, updatedAt: h.updatedAt });
  }

  /** Rebuild (or drop) the documents of these clips from the database. */
  async reload(ids: string[]): Promise<void> {
    const { clips, bodies, highlights } = await this.store.clipsWithParts(ids);
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

  /** Find every changed clip and highlight by comparing updatedAt stamps, and reload only those clips. */
  async reconcile(): Promise<void> {
    const stamps = await this.store.stamps();
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
    for (const h of await this.store.highlights(unknown)) if (h) ids.add(h.clipId);
    if (ids.size) await this.reload([...ids]);
  }

  /** Counts and newest stamps of what is in memory, to compare with the store's signature(). */
  signature(): StoreSignature {
    let clipsNewest = 0;
    let highlightsNewest = 0;
    for (const d of this.docs.values()) clipsNewest = Math.max(clipsNewest, d.clip.updatedAt);
    for (const h of this.hl.values()) highlightsNewest = Math.max(highlightsNewest, h.updatedAt);
    return { clips: this.docs.size, clipsNewest, highlights: this.hl.size, highlightsNewest };
  }
}
