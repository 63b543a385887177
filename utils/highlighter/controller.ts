/**
 * The highlighter in a live page: turns selections into stored highlights (via the background), anchors the
 * page's highlights in its visible text, paints them, and keeps them painted as the page changes.
 * One instance per page; every injection hands it a request (see entrypoints/highlighter.content.ts).
 */
import { anchorAll, describeTextRange } from '../anchoring';
import { watchChanges, type ChangeWatcher } from '../anchoring/dom/observe';
import { headingOffsets, outlinePathAt } from '../anchoring/dom/outline-path';
import { createPainter, isColor, type HighlightColor, type Painter, type PaintItem } from '../anchoring/dom/paint';
import { buildTextMap, offsetsToRange, rangeToOffsets } from '../anchoring/dom/text-map';
import type { Highlight } from '../db/schema';
import type { AnchoringReport, HighlighterAction, MessageType, Req, Res } from '../messaging';
import { flashElement } from '../outline/locate';
import { fail, ok, type Result } from '../result';
import type { OutlineEntry } from '../types';
import { createUi, type HighlighterUi } from './ui';

export type Send = <K extends MessageType>(type: K, data: Req<K>) => Promise<Res<K>>;

export interface HighlighterDeps {
  doc: Document;
  send: Send;
  /** Injected on a visit by the registered content script: no toolbar on pages that are not clipped. */
  auto?: boolean;
}

export const MISSING_ATTR = 'data-clausemark-missing';

export class Highlighter {
  private readonly doc: Document;
  private painter: Painter;
  private ui: HighlighterUi;
  private watcher: ChangeWatcher | null = null;
  private clipId: string | null = null;
  private outline: OutlineEntry[] = [];
  private highlights: Highlight[] = [];
  private report: AnchoringReport = { placed: [], missing: [] };
  private url: string;
  private loaded = false;

  constructor(private readonly deps: HighlighterDeps) {
    this.doc = deps.doc;
    this.painter = createPainter(this.doc);
    this.ui = createUi(this.doc);
    this.url = this.doc.location?.href ?? '';
    this.listen();
  }

  /** A user asked for the highlighter on this page (popup, shortcut, menu): offer the toolbar even if not clipped. */
  userAsked(): void {
    this.deps.auto = false;
  }

  async handle(req: HighlighterAction): Promise<Result<unknown>> {
    if (req.action === 'show') return this.load();
    if (!this.loaded) await this.load();
    if (req.action === 'scrollTo') return ok({ found: this.scrollTo(req.id) });
    const sel = this.doc.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return fail('bad-request', 'Select some text on the page first.');
    return this.create(sel.getRangeAt(0).cloneRange(), req.color, '');
  }

  /** Fetch the page's highlights from the background, anchor and paint them. */
  async load(): Promise<Result<AnchoringReport>> {
    const r = await this.deps.send('pageHighlights', {});
    if (!r.ok) return r;
    this.loaded = true;
    ({ clipId: this.clipId, outline: this.outline, highlights: this.highlights } = r.value);
    return ok(this.repaint());
  }

  /** Anchor every highlight in the page's current text and paint the ones found. */
  repaint(): AnchoringReport {
    const map = buildTextMap(this.doc.body ?? this.doc.documentElement);
    const items: PaintItem[] = [];
    const missing: string[] = [];
    // All at once: a highlight only its position could place is retried with its neighbours' shift.
    const anchors = anchorAll(map.text, this.highlights.map((h) => h.selectors));
    for (const [i, h] of this.highlights.entries()) {
      const a = anchors[i];
      const range = a && offsetsToRange(map, this.doc, a.start, a.end);
      if (range) items.push({ id: h.id, color: isColor(h.color) ? h.color : 'yellow', range });
      else missing.push(h.id);
    }
    this.quietly(() => {
      this.painter.paint(items);
      this.doc.documentElement.setAttribute(MISSING_ATTR, String(missing.length));
    });
    this.report = { placed: items.map((i) => i.id), missing };
    return this.report;
  }

  private async create(range: Range, color: HighlightColor, note: string): Promise<Result<Highlight>> {
    const map = buildTextMap(this.doc.body ?? this.doc.documentElement);
    const offs = rangeToOffsets(map, range);
    if (!offs) return fail('bad-request', 'The selection holds no text of the page.');
    if (!this.clipId) {
      // Every highlight belongs to a clip: the page is clipped first, which also gives its outline.
      const c = await this.deps.send('ensurePageClip', {});
      if (!c.ok) return c;
      ({ clipId: this.clipId, outline: this.outline } = c.value);
    }
    const path = outlinePathAt(this.outline, headingOffsets(map.text, this.outline), offs.start);
    const saved = await this.deps.send('saveHighlight', { selectors: describeTextRange(map.text, offs.start, offs.end, path), color, note });
    if (!saved.ok) return saved;
    this.highlights.push(saved.value);
    this.doc.getSelection()?.removeAllRanges();
    this.repaint();
    return saved;
  }

  private async update(id: string, change: { color?: HighlightColor; note?: string }): Promise<void> {
    const r = await this.deps.send('updateHighlight', { id, ...change });
    if (r.ok) this.highlights = this.highlights.map((h) => (h.id === id ? r.value : h));
    this.repaint();
  }

  private async remove(id: string): Promise<void> {
    const r = await this.deps.send('deleteHighlight', { id });
    if (r.ok) this.highlights = this.highlights.filter((h) => h.id !== id);
    this.repaint();
  }

  scrollTo(id: string): boolean {
    const range = this.painter.rangeOf(id);
    if (!range) return false;
    const view = this.doc.defaultView!;
    const rect = range.getBoundingClientRect();
    view.scrollBy({ top: rect.top - view.innerHeight / 2, behavior: 'instant' });
    const el = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    if (el) this.quietly(() => flashElement(el));
    return true;
  }

  private quietly(fn: () => void): void {
    if (this.watcher) this.watcher.quietly(fn);
    else fn();
  }

  private listen(): void {
    const doc = this.doc;
    const win = doc.defaultView!;
    // The page's own changes (SPA navigation, lazy sections, edits): re-anchor, refetching on a new URL.
    this.watcher = watchChanges(doc.documentElement, () => void this.onPageChange());
    const onSelect = (e: Event) => {
      if (this.ui.owns(e)) return;
      setTimeout(() => this.offerToolbar(), 0); // the selection is final only after the event
    };
    win.addEventListener('mouseup', onSelect, true);
    win.addEventListener('keyup', (e) => (e as KeyboardEvent).shiftKey && onSelect(e), true);
    win.addEventListener('mousedown', (e) => !this.ui.owns(e) && this.ui.hide(), true);
    win.addEventListener('scroll', () => this.ui.hide(), { passive: true });
    win.addEventListener('click', (e) => this.onClick(e), true);
  }

  private async onPageChange(): Promise<void> {
    const before = this.report;
    if ((this.doc.location?.href ?? '') !== this.url) {
      this.url = this.doc.location?.href ?? '';
      await this.load();
    } else this.repaint();
    if (before.missing.join() !== this.report.missing.join() || before.placed.join() !== this.report.placed.join())
      void this.deps.send('reportAnchoring', this.report);
  }

  private offerToolbar(): void {
    const sel = this.doc.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount || !sel.toString().trim()) return;
    if (this.deps.auto && !this.clipId) return;
    const range = sel.getRangeAt(0).cloneRange();
    this.ui.showToolbar(range.getBoundingClientRect(), (color, note) => void this.create(range, color, note));
  }

  private onClick(e: MouseEvent): void {
    if (this.ui.owns(e) || !this.doc.getSelection()?.isCollapsed) return;
    const id = this.painter.hit(e);
    const h = id && this.highlights.find((x) => x.id === id);
    if (!h) return;
    const at = { left: e.clientX, right: e.clientX, top: e.clientY, bottom: e.clientY, x: e.clientX, y: e.clientY, width: 0, height: 0 } as DOMRect;
    this.ui.showPanel(at, h, {
      onColor: (color) => void this.update(h.id, { color }),
      onNote: (note) => void this.update(h.id, { note }),
      onDelete: () => void this.remove(h.id),
    });
  }
}
