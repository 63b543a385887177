import { useState } from 'preact/hooks';
import { createCollection, deleteCollection, renameCollection, type ClausemarkDB, type CollectionInfo } from '../../utils/db';
import { t } from '../../utils/i18n';
import { CollectionItem } from './CollectionItem';

export interface CollectionManagerProps {
  db: ClausemarkDB;
  collections: CollectionInfo[] | undefined;
  /** the collection the library is filtered on */
  current?: string;
  /** show only this collection's clips */
  onPick: (id: string) => void;
  onDeleted: (id: string) => void;
}

/** Create, rename and delete collections. Deleting one keeps its clips. */
export function CollectionManager({ db, collections, current, onPick, onDeleted }: CollectionManagerProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const create = async (e: Event) => {
    e.preventDefault();
    const res = await createCollection(db, name);
    if (res.ok) (setName(''), setError(''));
    else setError(res.error.message);
  };
  return (
    <details class="library-panel collections">
      <summary>{t('library.collections.title', { n: collections?.length ?? 0 })}</summary>
      {collections && collections.length > 0 && (
        <ul class="collection-list" role="list">
          {collections.map((c) => (
            <CollectionItem
              key={c.id}
              collection={c}
              current={c.id === current}
              onPick={() => onPick(c.id)}
              onRename={async (next) => {
                const res = await renameCollection(db, c.id, next);
                return res.ok ? '' : res.error.message;
              }}
              onDelete={async () => {
                await deleteCollection(db, c.id);
                onDeleted(c.id);
              }}
            />
          ))}
        </ul>
      )}
      <form class="collection-new" onSubmit={(e) => void create(e)}>
        <label for="collection-new-name">{t('library.collections.newLabel')}</label>
        <input
          id="collection-new-name"
          value={name}
          maxLength={200}
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t('library.collections.create')}</button>
      </form>
      {error && (
        <p class="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
