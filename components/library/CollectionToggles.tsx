import { addToCollection, collectionsOfClip, removeFromCollection, type ClausemarkDB, type CollectionInfo } from '../../utils/db';
import { t } from '../../utils/i18n';
import { useLiveQuery } from '../use-live-query';

export interface CollectionTogglesProps {
  db: ClausemarkDB;
  clipId: string;
  all: CollectionInfo[];
  onChanged?: () => void;
}

/** One clip's collections as checkboxes: a clip can be in several. */
export function CollectionToggles({ db, clipId, all, onChanged }: CollectionTogglesProps) {
  const member = useLiveQuery(() => collectionsOfClip(db, clipId), [db, clipId]);
  if (!all.length) return <p class="muted clip-collections">{t('library.collections.noneYet')}</p>;
  const toggle = async (collectionId: string, on: boolean) => {
    await (on ? addToCollection(db, collectionId, [clipId]) : removeFromCollection(db, collectionId, [clipId]));
    onChanged?.();
  };
  return (
    <fieldset class="clip-collections">
      <legend class="visually-hidden">{t('library.row.collections')}</legend>
      {all.map((c) => (
        <label key={c.id} class="filter-check">
          <input
            type="checkbox"
            disabled={!member.value}
            checked={!!member.value?.includes(c.id)}
            onChange={(e) => void toggle(c.id, (e.currentTarget as HTMLInputElement).checked)}
          />
          {c.name}
        </label>
      ))}
    </fieldset>
  );
}
