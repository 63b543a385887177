/** The article's images that wait for a click (see utils/reader/remote-images.ts), and loading them. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { heldHosts, heldImages, HELD_ATTR, loadImage, loadImages } from '../../utils/reader/remote-images';
import type { RenderedArticle } from './reader-paint';

export interface HeldImages {
  count: number;
  hosts: string[];
  loadAll(): void;
  /** loads the image clicked, if it is a held one; true when it was */
  loadClicked(target: EventTarget | null): boolean;
}

export function useHeldImages(doc: RenderedArticle | null, base?: string): HeldImages {
  const [state, setState] = useState({ count: 0, hosts: [] as string[] });
  const update = useCallback(() => {
    if (doc) setState({ count: heldImages(doc.el).length, hosts: heldHosts(doc.el, base) });
  }, [doc, base]);
  useEffect(update, [update]);
  return {
    ...state,
    loadAll: () => {
      if (doc) loadImages(doc.el);
      update();
    },
    loadClicked: (target) => {
      const img = target as Element | null;
      if (img?.localName !== 'img' || !img.hasAttribute(HELD_ATTR)) return false;
      loadImage(img);
      update();
      return true;
    },
  };
}
