import type { Clip } from '../utils/db/schema';
import { formatDate, formatLength } from '../utils/format';

export interface ClipRowProps {
  clip: Clip;
  onOpen: (clip: Clip) => void;
}

export function ClipRow({ clip, onOpen }: ClipRowProps) {
  const policy = [clip.policy.docNumber, clip.policy.issuer].filter(Boolean).join(' · ');
  const date = formatDate(clip.policy.publishDate || clip.publishedTime || clip.savedAt);
  return (
    <li class="clip-row" data-clip-id={clip.id}>
      <button type="button" class="clip-open" onClick={() => onOpen(clip)} title={clip.url}>
        <span class="clip-title">{clip.title}</span>
        {policy && <span class="clip-policy">{policy}</span>}
        <span class="clip-meta">
          <span class="clip-site">{clip.siteName}</span>
          {date && <span class="clip-date">{date}</span>}
          <span class="clip-length">{formatLength(clip.charCount, clip.lang)}</span>
        </span>
      </button>
    </li>
  );
}
