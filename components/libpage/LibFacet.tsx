import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { FacetKey, FacetValue } from '../../utils/library';
import { facetTitle, facetValueLabel } from './facet-labels';

const SHOWN = 8;

export interface LibFacetProps {
  facet: FacetKey;
  values: FacetValue[];
  chosen: string | undefined;
  onChoose: (value: string | undefined) => void;
  collectionName: (id: string) => string;
  /** collections only: clips dropped on a value are added to it */
  onDrop?: (value: string, e: DragEvent) => void;
}

/** One facet: its values with counts; pressing a value filters on it, pressing it again lets go. */
export function LibFacet({ facet, values, chosen, onChoose, collectionName, onDrop }: LibFacetProps) {
  const [all, setAll] = useState(false);
  const [over, setOver] = useState<string | null>(null);
  if (!values.length) return null;
  // the chosen value stays visible even when it is not among the first few
  const shown = all ? values : values.filter((v, i) => i < SHOWN || v.value === chosen);
  const id = `facet-${facet}`;
  return (
    <section class="lib-facet" aria-labelledby={id}>
      <h3 id={id}>{facetTitle(facet)}</h3>
      <ul role="list">
        {shown.map((v) => (
          <li key={v.value}>
            <button
              type="button"
              class={`lib-facet-value${over === v.value ? ' lib-drop-over' : ''}`}
              aria-pressed={chosen === v.value}
              onClick={() => onChoose(chosen === v.value ? undefined : v.value)}
              onDragOver={onDrop && ((e) => (e.preventDefault(), setOver(v.value)))}
              onDragLeave={onDrop && (() => setOver(null))}
              onDrop={onDrop && ((e) => (e.preventDefault(), setOver(null), onDrop(v.value, e)))}
            >
              <span class="lib-facet-name">{facetValueLabel(facet, v.value, collectionName)}</span>
              <span class="lib-facet-count">{v.count}</span>
            </button>
          </li>
        ))}
      </ul>
      {values.length > SHOWN && (
        <button type="button" class="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('libpage.facet.less') : t('libpage.facet.more', { n: values.length })}
        </button>
      )}
    </section>
  );
}
