import { t } from '../../utils/i18n';

export interface OutlinePreviewButtonProps {
  /** the user asked: the page is being read (until `failed` or an outline arrives) */
  asked: boolean;
  /** the page was read and gave no outline (no article, no access) */
  failed: boolean;
  onAsk: () => void;
}

/** The side panel's offer to read an unclipped page for its outline: it reads pages only when asked. */
export function OutlinePreviewButton({ asked, failed, onAsk }: OutlinePreviewButtonProps) {
  return (
    <section class="outline" aria-label={t('page.outline')}>
      <h2 class="section-title">{t('page.outline')}</h2>
      <p class="muted">{t('sidepanel.preview.hint')}</p>
      <button type="button" onClick={onAsk} disabled={asked && !failed}>
        {asked && !failed ? t('sidepanel.preview.reading') : t('sidepanel.preview.button')}
      </button>
      {failed && (
        <p class="muted outline-note" role="status">
          {t('sidepanel.preview.none')}
        </p>
      )}
    </section>
  );
}
