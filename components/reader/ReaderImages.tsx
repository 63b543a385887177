import { t } from '../../utils/i18n';

export interface ReaderImagesProps {
  /** images of the article not loaded yet */
  count: number;
  /** the hosts they would come from */
  hosts: string[];
  onLoad: () => void;
}

/** Says which sites the article's images would be fetched from, and fetches them only when asked. */
export function ReaderImages({ count, hosts, onLoad }: ReaderImagesProps) {
  if (!count) return null;
  return (
    <section class="reader-images" aria-label={t('reader.images.load')}>
      <p>
        {t('reader.images.held', { count, hosts: hosts.join(', ') || '?' })} <span class="muted">{t('reader.images.hint')}</span>
      </p>
      <button type="button" onClick={onLoad}>
        {t('reader.images.load')}
      </button>
    </section>
  );
}
