import { useState } from 'preact/hooks';
import type { Clip } from '../utils/model';
import type { CiteStyle } from '../utils/cite/render';
import { getLocale, t } from '../utils/i18n';
import { savedCiteStyle, saveCiteStyle, writeLater } from './copy-clip';

export interface CopyClipProps {
  clip: Clip;
  /** the clip's Markdown, as the export writes it */
  markdown: (clip: Clip) => Promise<string>;
  /** the clip's reference in a style; by default citeproc-js with the bundled styles, loaded on the first click */
  cite?: (clip: Clip, style: CiteStyle) => Promise<string>;
  clipboard?: Clipboard;
}

const defaultCite = async (clip: Clip, style: CiteStyle) => (await import('../utils/cite/load')).citeClip(clip, style);

/** "Copy citation" (with its style) and "Copy as Markdown" for one clip; says what happened. */
export function CopyClip({ clip, markdown, cite = defaultCite, clipboard }: CopyClipProps) {
  const [style, setStyle] = useState<CiteStyle>(() => savedCiteStyle(getLocale()));
  const [status, setStatus] = useState('');
  const copy = (text: Promise<string>, done: string) => {
    setStatus('');
    const board = clipboard ?? navigator.clipboard;
    writeLater(board, text).then(
      () => setStatus(done),
      (e: unknown) => setStatus(t('exportCite.copyFailed', { error: e instanceof Error ? e.message : String(e) })),
    );
  };
  return (
    <span class="copy-clip">
      <button
        type="button"
        class="link-button"
        aria-label={t('exportCite.copyCitationOf', { title: clip.title })}
        onClick={() => copy(cite(clip, style), t('exportCite.copiedCitation'))}
      >
        {t('exportCite.copyCitation')}
      </button>
      <select
        class="copy-clip-style"
        aria-label={t('exportCite.style')}
        value={style}
        onChange={(e) => {
          const next = (e.currentTarget as HTMLSelectElement).value as CiteStyle;
          setStyle(next);
          saveCiteStyle(next);
        }}
      >
        <option value="gb7714">{t('exportCite.style.gb7714')}</option>
        <option value="apa">{t('exportCite.style.apa')}</option>
      </select>
      <button
        type="button"
        class="link-button"
        aria-label={t('exportCite.copyMarkdownOf', { title: clip.title })}
        onClick={() => copy(markdown(clip), t('exportCite.copiedMarkdown'))}
      >
        {t('exportCite.copyMarkdown')}
      </button>
      <span class="copy-clip-status" role="status">
        {status}
      </span>
    </span>
  );
}
