import { useLayoutEffect, useRef } from 'preact/hooks';
import type { JSX } from 'preact';
import { t } from '../../utils/i18n';
import { articleFragment } from '../../utils/reader/article-fragment';
import type { RenderedArticle } from './reader-paint';

export interface ReaderDocumentProps {
  /** the stored article html: untrusted, sanitised again here */
  html: string;
  /** the clipped page (a safe link or nothing): audio and video are played there */
  original?: string;
  onRender: (doc: RenderedArticle) => void;
  onMouseUp?: (e: JSX.TargetedMouseEvent<HTMLDivElement>) => void;
  onKeyUp?: (e: JSX.TargetedKeyboardEvent<HTMLDivElement>) => void;
  onClick?: (e: JSX.TargetedMouseEvent<HTMLDivElement>) => void;
}

/**
 * The article body. Its children are the parsed, sanitised fragment, never Preact's: Preact renders an empty
 * element and leaves what is put inside alone, so painting and selection work on stable text nodes.
 */
export function ReaderDocument({ html, original, onRender, onMouseUp, onKeyUp, onClick }: ReaderDocumentProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current!;
    el.replaceChildren(
      articleFragment(el.ownerDocument, html, {
        original,
        mediaLabel: (kind) => t(`reader.media.${kind}`),
        pageLabel: (page) => t('pdf.viewOriginalPage', { page }),
      }),
    );
    onRender({ el, html });
  }, [html, original]);
  return <div class="reader-body" ref={ref} onMouseUp={onMouseUp} onKeyUp={onKeyUp} onClick={onClick} />;
}
