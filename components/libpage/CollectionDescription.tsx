import { useState } from 'preact/hooks';
import { describeCollection, type ClausemarkDB, type CollectionInfo } from '../../utils/db';
import { errorText } from '../../utils/error-text';
import { t } from '../../utils/i18n';

export interface CollectionDescriptionProps {
  db: ClausemarkDB;
  collection: CollectionInfo;
}

/** What the chosen collection is for: shown under the filters, edited in place. */
export function CollectionDescription({ db, collection: c }: CollectionDescriptionProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState('');
  const label = t('libpage.description.label', { name: c.name });
  const save = async (e: Event) => {
    e.preventDefault();
    const res = await describeCollection(db, c.id, draft ?? '');
    if (res.ok) (setDraft(null), setError(''));
    else setError(errorText(res.error));
  };
  return (
    <section class="lib-description" aria-label={label}>
      {draft === null ? (
        <>
          <p class={c.description ? '' : 'muted'}>{c.description || t('libpage.description.empty')}</p>
          <button type="button" class="link-button" onClick={() => setDraft(c.description ?? '')}>
            {t('libpage.description.edit')}
          </button>
        </>
      ) : (
        <form onSubmit={(e) => void save(e)} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), setDraft(null))}>
          <textarea
            aria-label={label}
            value={draft}
            rows={4}
            maxLength={2000}
            ref={(el) => el?.focus()}
            onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <button type="submit">{t('common.save')}</button>
          <button type="button" onClick={() => setDraft(null)}>
            {t('common.cancel')}
          </button>
        </form>
      )}
      {error && (
        <p class="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
