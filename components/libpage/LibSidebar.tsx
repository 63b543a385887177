import type { ClausemarkDB, CollectionInfo } from '../../utils/db';
import { t } from '../../utils/i18n';
import { FACETS, type FacetCounts, type FacetKey, type LibView } from '../../utils/library';
import { CollectionManager } from '../library/CollectionManager';
import { CollectionDescription } from './CollectionDescription';
import { LibFacet } from './LibFacet';

export interface LibSidebarProps {
  db: ClausemarkDB;
  view: LibView;
  counts: FacetCounts | undefined;
  collections: CollectionInfo[] | undefined;
  collectionName: (id: string) => string;
  onFacet: (key: FacetKey, value: string | undefined) => void;
  /** clip ids dropped on a collection */
  onDropOnCollection: (collectionId: string, e: DragEvent) => void;
}

/** Facets with counts, the chosen collection's description, and the collections themselves (create, rename, delete). */
export function LibSidebar({ db, view, counts, collections, collectionName, onFacet, onDropOnCollection }: LibSidebarProps) {
  const chosen = collections?.find((c) => c.id === view.facets.collection);
  return (
    <aside class="lib-side" aria-label={t('libpage.facets.label')}>
      <h2 class="visually-hidden">{t('libpage.facets.label')}</h2>
      {counts &&
        FACETS.map((f) => (
          <LibFacet
            key={f}
            facet={f}
            // every collection is a drop target, even one no shown clip is in yet
            values={
              f === 'collection'
                ? [
                    ...counts.collection,
                    ...(collections ?? [])
                      .filter((c) => !counts.collection.some((v) => v.value === c.id))
                      .map((c) => ({ value: c.id, count: 0 })),
                  ]
                : counts[f]
            }
            chosen={view.facets[f]}
            onChoose={(v) => onFacet(f, v)}
            collectionName={collectionName}
            onDrop={f === 'collection' ? onDropOnCollection : undefined}
          />
        ))}
      {chosen && <CollectionDescription key={chosen.id} db={db} collection={chosen} />}
      <p class="muted lib-drop-hint">{t('libpage.dropHint')}</p>
      <CollectionManager
        db={db}
        collections={collections}
        current={view.facets.collection}
        onPick={(id) => onFacet('collection', id)}
        onDeleted={(id) => view.facets.collection === id && onFacet('collection', undefined)}
      />
    </aside>
  );
}
