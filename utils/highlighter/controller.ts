/**
 * The highlighter in a live page: turns selections into stored highlights (via the background), anchors the
 * page's highlights in its visible text, paints them, and keeps them painted as the page changes.
 * One instance per page; every injection hands it a request (see entrypoints/highlighter.ts).
 * Nothing it shows is readable by the page: boxes, toolbar and note frame live in one closed shadow root (host.ts),
 * notes are typed in an extension-origin frame, and only trusted clicks open anything.
 */
import { watchChanges, type ChangeWatcher } from '../anchoring/dom/observe';
import { placeHighlights, readSelection } from '../anchoring/dom/place';
import { colorOf, type HighlightColor } from '../model/colors';
import type { Highlight } from '../db/schema';
import type { AnchoringReport, HighlighterAction } from '../messaging';
import { fail, ok, problem, type Result } from '../result';
import type { OutlineEntry } from '../types';
import { createHost, type OverlayHost } from './host';
import { createNoteFrame, type NoteFrame } from './note-frame';
import { createOverlay, type OverlayPainter } from './overlay';
import { HIGHLIGHTER_BRAND, type HighlighterDeps } from './deps';
import { listenToPage } from './page-events';
import { createUi, type HighlighterUi } from './ui';

export { HIGHLIGHTER_BRAND, type HighlighterDeps, type Send } from './deps';

export class Highlighter {
  readonly [HIGHLIGHTER_BRAND] = true;
  private readonly doc: Document;
  private host: OverlayHost;
  private painter: OverlayPainter;
  private ui: HighlighterUi;
  private notes: NoteFrame;
  private watcher: ChangeWatcher | null = null;
  private clipId: string | null = null;
  private outline: OutlineEntry[] = [];
  private highlights: Highlight[] = [];
  private report: AnchoringReport = { placed: [], missing: [] };
  private url: string;
  private loaded = false;

  constructor(private readonly deps: HighlighterDeps) {
    this.doc = deps.doc;
    this.host = (deps.createHost ?? createHost)(this.doc);
    this.painter = createOverlay(this.doc, this.host);
    this.ui = createUi(this.doc, this.host);
    this.notes = createNoteFrame({
      doc: this.doc,
      host: this.host,
      pageUrl: deps.noteUrl,
      extensionId: deps.extensionId,
      onChanged: () => void this.load(),
    });
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
    if (!sel || sel.isCollapsed || !sel.rangeCount) return fail('bad-request', problem('page.error.selectFirst'));
    return this.create(sel.getRangeAt(0).cloneRange(), req.color);
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
    const { placed, missing } = placeHighlights(this.pageRoot(), this.highlights);
    this.quietly(() => this.painter.paint(placed));
    this.report = { placed: placed.map((i) => i.id), missing: missing.map((h) => h.id) };
    return this.report;
  }

  /** What is painted, as text: for the extension's own tests, which reach this instance from the isolated world. */
  painted(): { id: string; color: HighlightColor; text: string }[] {
    return this.report.placed.map((id) => ({ id, color: this.colorOf(id), text: this.painter.rangeOf(id)?.toString() ?? '' }));
  }

  private colorOf(id: string): HighlightColor {
    return colorOf(this.highlights.find((h) => h.id === id)?.color);
  }

  private async create(range: Range, color: HighlightColor): Promise<Result<Highlight>> {
    // By the shortcut or the menu the toolbar may be up (or come up on the shortcut's Shift key-up while the page is
    // clipped): it has done its job either way.
    this.quietly(() => this.ui.hide());
    const selection = readSelection(this.pageRoot(), range);
    if (!selection) return fail('bad-request', problem('page.error.selectionEmpty'));
    if (!this.clipId) {
      // Every highlight belongs to a clip: the page is clipped first, which also gives its outline.
      const c = await this.deps.send('ensurePageClip', {});
      if (!c.ok) return c;
      ({ clipId: this.clipId, outline: this.outline } = c.value);
    }
    const saved = await this.deps.send('saveHighlight', { selectors: selection(this.outline), color, note: '' });
    if (!saved.ok) return saved;
    this.highlights.push(saved.value);
    // The selection goes too: left selected, the new colour would hide under the selection's and a Shift key-up
    // would offer the toolbar again for a passage already highlighted.
    this.doc.getSelection()?.removeAllRanges();
    this.quietly(() => this.ui.hide());
    this.repaint();
    return saved;
  }

  /** "Note" by a selection: the highlight is saved first (yellow), then its note is written in the note frame. */
  private async createAndNote(range: Range, at: DOMRect): Promise<void> {
    const r = await this.create(range, 'yellow');
    if (r.ok) this.notes.open(r.value.id, at);
  }

  scrollTo(id: string): boolean {
    const range = this.painter.rangeOf(id);
    if (!range) return false;
    const view = this.doc.defaultView!;
    const rect = range.getBoundingClientRect();
    view.scrollBy({ top: rect.top - view.innerHeight / 2, behavior: 'instant' });
    // Marked by a box of our own, not by styling the page's element.
    this.quietly(() => this.painter.flash(range));
    return true;
  }

  /** The live page's text is read from its body (the whole document while it has none). */
  private pageRoot(): Node {
    return this.doc.body ?? this.doc.documentElement;
  }

  private quietly(fn: () => void): void {
    if (this.watcher) this.watcher.quietly(fn);
    else fn();
  }

  private listen(): void {
    // The page's own changes (SPA navigation, lazy sections, edits): re-anchor, refetching on a new URL.
    this.watcher = watchChanges(
      this.doc.documentElement,
      () => void this.onPageChange(),
      400,
      (n) => this.host.isHost(n),
    );
    listenToPage(this.doc.defaultView!, (e) => this.host.owns(e), {
      selection: () => this.offerToolbar(),
      press: () => this.quietly(() => (this.ui.hide(), this.notes.close())),
      scroll: () => this.ui.open && this.quietly(() => this.ui.hide()),
      click: (x, y) => this.onClick(x, y),
    });
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
    const at = range.getBoundingClientRect();
    this.quietly(() =>
      this.ui.showToolbar(at, {
        onColor: (color) => void this.create(range, color),
        onNote: () => void this.createAndNote(range, at),
      }),
    );
  }

  /** A (trusted: see page-events.ts) click on a painted highlight opens its note frame. */
  private onClick(x: number, y: number): void {
    if (!this.doc.getSelection()?.isCollapsed) return;
    const id = this.painter.hit(x, y);
    if (!id || !this.highlights.some((h) => h.id === id)) return;
    this.quietly(() => this.notes.open(id, new DOMRect(x, y, 0, 0)));
  }
}
