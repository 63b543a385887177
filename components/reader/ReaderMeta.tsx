import type { ClausemarkDB } from '../../utils/db';
import type { Clip } from '../../utils/model';
import { AttachmentLinks } from '../AttachmentLinks';
import { t } from '../../utils/i18n';
import { metaFields } from '../../utils/reader/meta-fields';

export interface ReaderMetaProps {
  clip: Clip;
  /** for the notice ↔ 附件 links; none without it */
  db?: ClausemarkDB;
}

/** The metadata card: issuer, 文号, dates and source for policy documents; site, byline and date for other pages. */
export function ReaderMeta({ clip, db }: ReaderMetaProps) {
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
      {db && <AttachmentLinks db={db} clip={clip} hrefOf={(id) => `?clip=${encodeURIComponent(id)}`} />}
    </section>
  );
}
