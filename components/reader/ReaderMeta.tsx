import type { Clip } from '../../utils/model';
import { t } from '../../utils/i18n';
import { metaFields } from '../../utils/reader/meta-fields';

export interface ReaderMetaProps {
  clip: Clip;
}

/** The metadata card: issuer, 文号, dates and source for policy documents; site, byline and date for other pages. */
export function ReaderMeta({ clip }: ReaderMetaProps) {
  return (
    <section class="reader-meta" aria-label={t('reader.meta.label')}>
      <dl>
        {metaFields(clip).map((f) => (
          <div class="reader-meta-row" key={f.key}>
            <dt>{t(f.key)}</dt>
            <dd>
              {f.href ? (
                <a href={f.href} target="_blank" rel="noopener noreferrer">
                  {f.value}
                </a>
              ) : (
                f.value
              )}
            </dd>
          </div>
        ))}
      </dl>
      {clip.truncated && <p class="notice">{t('reader.meta.truncated')}</p>}
    </section>
  );
}
