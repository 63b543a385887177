import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { ClausemarkDB } from '../../utils/db';
import type { Clip, ClipBody, Highlight, OutlineEntry } from '../../utils/model';
import { t } from '../../utils/i18n';
import { anchorElement } from '../../utils/reader/article-fragment';
import { safeHref } from '../../utils/reader/meta-fields';
import { rangeRect } from '../../utils/reader/range-rect';
import { useReaderHighlights } from './reader-highlights';
import { useHeldImages } from './reader-images';
import { useReaderPaint, type RenderedArticle } from './reader-paint';
import { useCurrentSection } from './reader-spy';
import { ReaderDocument } from './ReaderDocument';
import { ReaderImages } from './ReaderImages';
import { ReaderMargin } from './ReaderMargin';
import { ReaderMeta } from './ReaderMeta';
import { ReaderPopover } from './ReaderPopover';
import { ReaderSidebar } from './ReaderSidebar';
import { ReaderUnplaced } from './ReaderUnplaced';
import { CopyClip } from '../CopyClip';
import { clipMarkdownText } from '../copy-clip';

export interface ReaderViewProps {
  db: ClausemarkDB;
  clip: Clip;
  body: ClipBody;
  onPrint?: () => void;
}

const SIDEBAR_ID = 'clausemark-reader-outline';
const MAIN_ID = 'clausemark-reader-main';

/** A loaded clip: outline sidebar, metadata card, the article with its highlights, notes in the margin. */
export function ReaderView({ db, clip, body, onPrint }: ReaderViewProps) {
  const [doc, setDoc] = useState<RenderedArticle | null>(null);
  const [sidebarOpen, setSidebarOpen] = useState(false);
  const [resized, setResized] = useState(0);
  const toggle = useRef<HTMLButtonElement>(null);
  const hl = useReaderHighlights(db, clip, body.outline, doc);
  const paint = useReaderPaint(doc, hl.highlights);
  const current = useCurrentSection(doc, body.outline);
  const images = useHeldImages(doc, clip.url);
  const byId = useMemo(() => new Map((hl.highlights ?? []).map((h) => [h.id, h])), [hl.highlights]);
  const placed = paint.placed.map((id) => byId.get(id)).filter((h): h is Highlight => !!h);

  // Images loading and the window resizing move the highlights: the margin follows.
  useEffect(() => {
    const Observer = doc?.el.ownerDocument.defaultView?.ResizeObserver;
    if (!doc || !Observer) return;
    const ro = new Observer(() => setResized((n) => n + 1));
    ro.observe(doc.el);
    return () => ro.disconnect();
  }, [doc]);

  const goTo = useCallback(
    (entry: OutlineEntry) => {
      const el = doc && anchorElement(doc.el, entry.anchor);
      if (!el) return;
      el.scrollIntoView?.({ block: 'start' });
      el.classList.add('reader-target');
      setTimeout(() => el.classList.remove('reader-target'), 1600);
      setSidebarOpen(false);
    },
    [doc],
  );
  const topOf = (id: string) => {
    const range = paint.painter()?.rangeOf(id);
    return range ? rangeRect(range).top : null;
  };
  const openFromList = (h: Highlight, from: HTMLElement) => {
    if (paint.placed.includes(h.id)) paint.painter()?.rangeOf(h.id)?.startContainer.parentElement?.scrollIntoView?.({ block: 'center' });
    hl.edit(h.id, from.getBoundingClientRect(), true); // measured after the scroll
  };
  const onClick = (e: JSX.TargetedMouseEvent<HTMLDivElement>) => {
    if (images.loadClicked(e.target)) return;
    if (!e.currentTarget.ownerDocument.getSelection()?.isCollapsed) return;
    const id = paint.painter()?.hit(e as unknown as MouseEvent);
    if (id) hl.edit(id, new DOMRect(e.clientX, e.clientY, 0, 0), false);
  };

  return (
    <div class={`reader${sidebarOpen ? ' sidebar-open' : ''}`}>
      <a class="reader-skip" href={`#${MAIN_ID}`}>
        {t('reader.skip')}
      </a>
      <header class="reader-bar">
        <button
          ref={toggle}
          type="button"
          class="reader-toc-toggle"
          aria-controls={SIDEBAR_ID}
          aria-expanded={sidebarOpen}
          onClick={() => setSidebarOpen(!sidebarOpen)}
        >
          ☰ {t('reader.contents')}
        </button>
        <span class="reader-brand">{t('common.appName')}</span>
        <CopyClip clip={clip} markdown={() => clipMarkdownText(db, clip.id)} />
        <a class="reader-library" href="/library.html">
          {t('libpage.open')}
        </a>
        {onPrint && (
          <button type="button" class="reader-print" onClick={onPrint}>
            {t('reader.print')}
          </button>
        )}
      </header>
      <ReaderSidebar
        id={SIDEBAR_ID}
        outline={body.outline}
        current={current}
        open={sidebarOpen}
        onActivate={goTo}
        onClose={() => (setSidebarOpen(false), toggle.current?.focus())}
      />
      <main id={MAIN_ID} class="reader-main" tabIndex={-1}>
        <article class="reader-article" lang={clip.lang || undefined}>
          <div class="reader-head">
            <h1 class="reader-title">{clip.title}</h1>
            <ReaderMeta clip={clip} db={db} />
          </div>
          {hl.error && (
            <p class="reader-error" role="alert">
              {hl.error}
            </p>
          )}
          <ReaderUnplaced items={paint.missing} onOpen={openFromList} />
          <ReaderImages count={images.count} hosts={images.hosts} onLoad={images.loadAll} />
          <ReaderDocument
            html={body.html}
            original={safeHref(clip.url)}
            onRender={setDoc}
            onMouseUp={hl.offer}
            onKeyUp={(e) => e.shiftKey && hl.offer()}
            onClick={onClick}
          />
        </article>
      </main>
      <ReaderMargin items={placed} topOf={topOf} layoutKey={`${paint.tick}:${resized}`} onOpen={openFromList} />
      {hl.popover && <ReaderPopover key={hl.popover.key} {...hl.popover.props} />}
      {hl.undoToast}
    </div>
  );
}
