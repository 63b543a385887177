import type { ClausemarkDB } from '../../utils/db';
import { formatDate } from '../../utils/format';
import { getLocale, t, type MessageKey } from '../../utils/i18n';
import type { LibRow } from '../../utils/library';
import { COLOR_SET, colorOf } from '../../utils/model/colors';
import { AttachmentLinks } from '../AttachmentLinks';
import { OutlineTree } from '../OutlineTree';
import { useLiveQuery } from '../use-live-query';
import { formatClipMedium } from '../../utils/clip-medium';

export interface LibPreviewProps {
  db: ClausemarkDB;
  row: LibRow | undefined;
  onRead: (clipId: string) => void;
  /** the original page; absent when its address is not one to open */
  onOriginal?: (clipId: string) => void;
}

/** The active clip: a metadata card, its outline and its highlights with their notes (one body read per clip shown). */
export function LibPreview({ db, row, onRead, onOriginal }: LibPreviewProps) {
  const id = row?.clip.id;
  const body = useLiveQuery(async () => (id ? ((await db.clipBodies.get(id)) ?? null) : null), [db, id]);
  const highlights = useLiveQuery(
    async () => (id ? db.highlights.where('[clipId+createdAt]').between([id, 0], [id, Infinity]).toArray() : []),
    [db, id],
  );
  if (!row) {
    return (
      <aside class="lib-preview" aria-label={t('libpage.preview.label')}>
        <p class="muted">{t('libpage.preview.none')}</p>
      </aside>
    );
  }
  const { clip } = row;
  const locale = getLocale();
  const meta: [MessageKey, string][] = (
    [
      ['libpage.meta.docNumber', clip.policy.docNumber],
      ['libpage.meta.issuer', clip.policy.issuer],
      ['libpage.meta.writtenDate', formatDate(clip.policy.writtenDate, locale)],
      ['libpage.meta.publishDate', formatDate(clip.policy.publishDate || clip.publishedTime, locale)],
      ['libpage.meta.site', clip.siteName],
      // a PDF or Word file: "PDF · 12 pages", "Word"
      ['reader.meta.medium', formatClipMedium(clip)],
      ['libpage.meta.clipped', formatDate(clip.updatedAt, locale)],
    ] as [MessageKey, string][]
  ).filter(([, v]) => v);
  const outline = body.value?.outline ?? [];
  const hls = highlights.value ?? [];
  return (
    <aside class="lib-preview" aria-label={t('libpage.preview.label')}>
      <article class="lib-card">
        <h2 class="lib-card-title">{clip.title || clip.url}</h2>
        <dl class="lib-meta">
          {meta.map(([k, v]) => (
            <div key={k}>
              <dt>{t(k)}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
        <p class="lib-card-actions">
          <button type="button" onClick={() => onRead(clip.id)}>
            {t('libpage.preview.read')}
          </button>
          {onOriginal && (
            <button type="button" class="link-button" onClick={() => onOriginal(clip.id)}>
              {t('libpage.preview.original')}
            </button>
          )}
        </p>
        <AttachmentLinks db={db} clip={clip} hrefOf={(cid) => `reader.html?clip=${encodeURIComponent(cid)}`} onOpen={onRead} />
      </article>
      <section aria-labelledby="lib-preview-outline">
        <h3 id="lib-preview-outline">{t('libpage.preview.outline')}</h3>
        {outline.length ? (
          <OutlineTree key={clip.id} entries={outline} onActivate={() => onRead(clip.id)} label={t('libpage.preview.outline')} />
        ) : (
          <p class="muted">{body.value === undefined ? t('common.loading') : t('libpage.preview.noOutline')}</p>
        )}
      </section>
      <section aria-labelledby="lib-preview-hls">
        <h3 id="lib-preview-hls">{t('libpage.preview.highlights', { n: hls.length })}</h3>
        {hls.length ? (
          <ul class="lib-hls" role="list">
            {hls.map((h) => (
              <li key={h.id} class="lib-hl">
                <span class="hl-swatch" style={{ background: COLOR_SET[colorOf(h.color)].swatch }} aria-hidden="true" />
                <blockquote>{h.selectors.quote}</blockquote>
                {h.note && <p class="lib-hl-note">{h.note}</p>}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('libpage.preview.noHighlights')}</p>
        )}
      </section>
    </aside>
  );
}
