import { useState } from 'preact/hooks';
import type { CollectionInfo } from '../../utils/db';
import { t } from '../../utils/i18n';
import { tn } from './library-plural';

export interface LibraryBulkBarProps {
  count: number;
  collections: CollectionInfo[] | undefined;
  /** the collection the library is filtered on: offers "remove from" it */
  current?: CollectionInfo;
  onAdd: (collectionId: string) => Promise<void>;
  onRemove: () => Promise<void>;
  onExport: () => void;
  onDelete: () => Promise<void>;
  onClear: () => void;
  /** the deletion can be undone (the library page): no confirmation first */
  undoable?: boolean;
}

/** What can be done with the selected clips. Deleting asks first. */
export function LibraryBulkBar(props: LibraryBulkBarProps) {
  const { count, collections, current } = props;
  const [target, setTarget] = useState('');
  const [confirming, setConfirming] = useState(false);
  const chosen = collections?.some((c) => c.id === target) ? target : '';
  return (
    <div class="bulk-bar" role="region" aria-label={t('library.bulk.label')}>
      <div class="bulk-row">
        <strong>{tn('library.bulk.selected', count)}</strong>
        <button type="button" class="link-button" onClick={props.onClear}>
          {t('library.bulk.clear')}
        </button>
      </div>
      <div class="bulk-row">
        <label class="visually-hidden" for="bulk-target">
          {t('library.bulk.addTo')}
        </label>
        <select id="bulk-target" value={chosen} onChange={(e) => setTarget((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">{t('library.bulk.addTo')}</option>
          {collections?.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <button type="button" disabled={!chosen} onClick={() => chosen && void props.onAdd(chosen)}>
          {t('library.bulk.add')}
        </button>
        {current && (
          <button type="button" onClick={() => void props.onRemove()}>
            {t('library.bulk.removeFrom', { name: current.name })}
          </button>
        )}
      </div>
      <div class="bulk-row">
        <button type="button" onClick={props.onExport}>
          {t('library.bulk.export')}
        </button>
        {props.undoable ? (
          <button type="button" class="danger-outline" onClick={() => void props.onDelete()}>
            {t('library.bulk.delete')}
          </button>
        ) : confirming ? (
          <span class="confirm" role="group" aria-label={tn('library.bulk.confirmDelete', count)}>
            <span>{tn('library.bulk.confirmDelete', count)}</span>
            <button type="button" class="danger" onClick={() => void props.onDelete().then(() => setConfirming(false))}>
              {t('common.delete')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" class="danger-outline" onClick={() => setConfirming(true)}>
            {t('library.bulk.delete')}
          </button>
        )}
      </div>
    </div>
  );
}
