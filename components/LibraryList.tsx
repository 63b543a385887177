import type { Clip } from '../utils/db/schema';
import { ClipRow } from './ClipRow';

export interface LibraryListProps {
  clips: Clip[] | undefined;
  total: number | undefined;
  onOpen: (clip: Clip) => void;
  onShowMore: () => void;
}

export function LibraryList({ clips, total, onOpen, onShowMore }: LibraryListProps) {
  if (!clips) return <p class="muted">Loading library…</p>;
  if (clips.length === 0) return <p class="muted library-empty">No clips yet. Clip a page to start your library.</p>;
  return (
    <section aria-label="Library">
      <h2 class="section-title">
        Library <span class="muted">({total ?? clips.length})</span>
      </h2>
      <ul class="library" role="list">
        {clips.map((c) => (
          <ClipRow key={c.id} clip={c} onOpen={onOpen} />
        ))}
      </ul>
      {total !== undefined && total > clips.length && (
        <button type="button" class="link-button" onClick={onShowMore}>
          Show more ({total - clips.length} more)
        </button>
      )}
    </section>
  );
}
