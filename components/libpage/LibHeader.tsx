import { t } from '../../utils/i18n';
import { LibrarySearch } from '../library/LibrarySearch';

export interface LibHeaderProps {
  query: string;
  onQuery: (q: string) => void;
  /** undefined while loading */
  shown: number | undefined;
  total: number | undefined;
}

/** The page's title, the search box (the popup's, over the same background search) and how many clips show. */
export function LibHeader({ query, onQuery, shown, total }: LibHeaderProps) {
  return (
    <header class="lib-header">
      <h1>{t('libpage.title')}</h1>
      <LibrarySearch query={query} onQuery={onQuery} />
      <p class="lib-count" aria-live="polite">
        {shown !== undefined && total !== undefined ? t('libpage.count', { shown, total }) : t('common.loading')}
      </p>
    </header>
  );
}
