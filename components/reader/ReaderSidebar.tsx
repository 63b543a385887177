import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { buildTreeModel } from '../../utils/outline/tree';
import { markCurrentRow } from '../../utils/reader/current-row';
import type { OutlineEntry } from '../../utils/model';
import { OutlineTree } from '../OutlineTree';

export interface ReaderSidebarProps {
  id: string;
  outline: OutlineEntry[];
  /** index of the section being read, -1 before the first heading */
  current: number;
  /** shown over the page on narrow windows */
  open: boolean;
  onActivate: (entry: OutlineEntry, index: number) => void;
  /** Escape in the opened sidebar */
  onClose?: () => void;
}

/** The sticky outline; the section being read carries aria-current, also after the tree opens or closes rows. */
export function ReaderSidebar({ id, outline, current, open, onActivate, onClose }: ReaderSidebarProps) {
  const nav = useRef<HTMLElement>(null);
  const parents = useMemo(() => buildTreeModel(outline).parent, [outline]);

  useLayoutEffect(() => {
    const tree = nav.current?.querySelector('[role="tree"]');
    if (!tree) return;
    const apply = () => markCurrentRow(tree, parents, current, nav.current);
    apply();
    const Observer = tree.ownerDocument.defaultView?.MutationObserver;
    if (!Observer) return;
    const mo = new Observer(apply);
    mo.observe(tree, { childList: true });
    return () => mo.disconnect();
  }, [parents, current]);

  // Opened from the Contents button (narrow windows): focus goes into the tree.
  useEffect(() => {
    if (open) nav.current?.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')?.focus();
  }, [open]);

  return (
    <nav
      id={id}
      ref={nav}
      class={`reader-sidebar${open ? ' is-open' : ''}`}
      aria-label={t('reader.outline')}
      onKeyDown={(e) => open && e.key === 'Escape' && onClose?.()}
    >
      <h2 class="reader-side-title">{t('reader.contents')}</h2>
      {outline.length ? (
        <OutlineTree entries={outline} onActivate={onActivate} label={t('reader.outline')} />
      ) : (
        <p class="muted">{t('reader.noOutline')}</p>
      )}
    </nav>
  );
}
