import { useState } from 'preact/hooks';
import type { CollectionInfo } from '../../utils/db';
import { t } from '../../utils/i18n';

export interface CollectionItemProps {
  collection: CollectionInfo;
  current: boolean;
  onPick: () => void;
  /** resolves to an error message, '' when renamed */
  onRename: (name: string) => Promise<string>;
  onDelete: () => Promise<void>;
}

type Mode = { kind: 'view' } | { kind: 'rename'; name: string; error: string } | { kind: 'confirm' };

/** One collection: pick it as the filter, rename it in place, or delete it after a confirmation. */
export function CollectionItem({ collection: c, current, onPick, onRename, onDelete }: CollectionItemProps) {
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  if (mode.kind === 'rename') {
    const save = async (e: Event) => {
      e.preventDefault();
      const error = await onRename(mode.name);
      setMode(error ? { ...mode, error } : { kind: 'view' });
    };
    return (
      <li class="collection-item">
        <form
          class="collection-rename"
          onSubmit={(e) => void save(e)}
          onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), setMode({ kind: 'view' }))}
        >
          <input
            aria-label={t('library.collections.renameLabel', { name: c.name })}
            value={mode.name}
            maxLength={200}
            ref={(el) => el?.focus()}
            onInput={(e) => setMode({ ...mode, name: (e.currentTarget as HTMLInputElement).value })}
          />
          <button type="submit">{t('common.save')}</button>
          <button type="button" onClick={() => setMode({ kind: 'view' })}>
            {t('common.cancel')}
          </button>
        </form>
        {mode.error && (
          <p class="notice notice-error" role="alert">
            {mode.error}
          </p>
        )}
      </li>
    );
  }
  return (
    <li class={`collection-item${current ? ' collection-current' : ''}`}>
      <button type="button" class="link-button collection-name" aria-pressed={current} onClick={onPick}>
        {c.name} <span class="muted">({c.count})</span>
      </button>
      {mode.kind === 'confirm' ? (
        <span class="confirm" role="group" aria-label={t('library.collections.confirmDelete', { name: c.name })}>
          <span>{t('library.collections.confirmDelete', { name: c.name })}</span>
          <button type="button" class="danger" onClick={() => void onDelete()}>
            {t('common.delete')}
          </button>
          <button type="button" onClick={() => setMode({ kind: 'view' })}>
            {t('common.cancel')}
          </button>
        </span>
      ) : (
        <span class="collection-actions">
          <button
            type="button"
            class="link-button"
            aria-label={t('library.collections.renameOf', { name: c.name })}
            onClick={() => setMode({ kind: 'rename', name: c.name, error: '' })}
          >
            {t('library.collections.rename')}
          </button>
          <button
            type="button"
            class="link-button"
            aria-label={t('library.collections.deleteOf', { name: c.name })}
            onClick={() => setMode({ kind: 'confirm' })}
          >
            {t('common.delete')}
          </button>
        </span>
      )}
    </li>
  );
}
