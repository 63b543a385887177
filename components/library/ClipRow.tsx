import { useState } from 'preact/hooks';
import type { ClausemarkDB, CollectionInfo } from '../../utils/db';
import type { Clip, SearchSnippet } from '../../utils/model';
import { formatDate } from '../../utils/format';
import { formatClipLength } from '../../utils/length';
import { formatClipMedium } from '../../utils/clip-medium';
import { t } from '../../utils/i18n';
import { isOpenableUrl } from '../../utils/safe-url';
import { tn } from './library-plural';
import { CollectionToggles } from './CollectionToggles';
import { CopyClip } from '../CopyClip';
import { LibrarySnippet } from './LibrarySnippet';

export interface ClipRowProps {
  clip: Clip;
  /** search snippets (at most 3 are shown) */
  snippets?: SearchSnippet[];
  /** the title's action: the reader when there is one, else the original page */
  onRead: (clip: Clip) => void;
  /** open the original page; without it there is no separate link */
  onOpen?: (clip: Clip) => void;
  /** multi-select; no checkbox without it */
  selected?: boolean;
  onSelect?: (clip: Clip, selected: boolean) => void;
  /** the collections to put this clip in; no "Collections" button without it */
  collections?: { db: ClausemarkDB; all: CollectionInfo[]; onChanged?: () => void };
  /** the clip's Markdown; with it the row offers "Copy citation" and "Copy as Markdown" */
  markdown?: (clip: Clip) => Promise<string>;
}

export function ClipRow({ clip, snippets, onRead, onOpen, selected, onSelect, collections, markdown }: ClipRowProps) {
  const [editing, setEditing] = useState(false);
  const policy = [clip.policy.docNumber, clip.policy.issuer].filter(Boolean).join(' · ');
  const date = formatDate(clip.policy.publishDate || clip.publishedTime || clip.savedAt);
  const hl = clip.highlightCount ?? 0;
  const medium = formatClipMedium(clip);
  return (
    <li class={`clip-row${selected ? ' clip-selected' : ''}`} data-clip-id={clip.id}>
      {onSelect && (
        <input
          type="checkbox"
          class="clip-check"
          checked={!!selected}
          aria-label={t('library.row.select', { title: clip.title })}
          onChange={(e) => onSelect(clip, (e.currentTarget as HTMLInputElement).checked)}
        />
      )}
      <div class="clip-body">
        <button type="button" class="clip-open" onClick={() => onRead(clip)} title={clip.url}>
          <span class="clip-title">{clip.title}</span>
          {policy && <span class="clip-policy">{policy}</span>}
          <span class="clip-meta">
            <span class="clip-site">{clip.siteName}</span>
            {date && <span class="clip-date">{date}</span>}
            {medium && <span class="clip-medium">{medium}</span>}
            <span class="clip-length">{formatClipLength(clip)}</span>
            {hl > 0 && <span class="clip-hl">{tn('library.row.highlights', hl)}</span>}
          </span>
        </button>
        {snippets?.slice(0, 3).map((s, i) => (
          <LibrarySnippet key={i} snippet={s} />
        ))}
        {(onOpen || collections || markdown) && (
          <div class="clip-actions">
            {onOpen && isOpenableUrl(clip.url) && (
              <button
                type="button"
                class="link-button"
                aria-label={t('library.row.openOriginalOf', { title: clip.title })}
                onClick={() => onOpen(clip)}
              >
                {t('library.row.openOriginal')}
              </button>
            )}
            {collections && (
              <button
                type="button"
                class="link-button"
                aria-expanded={editing}
                aria-label={t('library.row.collectionsOf', { title: clip.title })}
                onClick={() => setEditing(!editing)}
              >
                {t('library.row.collections')}
              </button>
            )}
            {markdown && <CopyClip clip={clip} markdown={markdown} />}
          </div>
        )}
        {collections && editing && <CollectionToggles clipId={clip.id} {...collections} />}
      </div>
    </li>
  );
}
