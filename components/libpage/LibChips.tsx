import { t } from '../../utils/i18n';
import { FACETS, type FacetKey, type LibView } from '../../utils/library';
import { facetTitle, facetValueLabel } from './facet-labels';

export interface LibChipsProps {
  view: LibView;
  collectionName: (id: string) => string;
  onRemove: (what: FacetKey | 'q') => void;
  onClear: () => void;
}

/** The search and every chosen facet as a removable chip. */
export function LibChips({ view, collectionName, onRemove, onClear }: LibChipsProps) {
  const chips: { key: FacetKey | 'q'; label: string }[] = [];
  if (view.q.trim()) chips.push({ key: 'q', label: t('libpage.chip.search', { q: view.q.trim() }) });
  for (const f of FACETS) {
    const v = view.facets[f];
    if (v !== undefined)
      chips.push({ key: f, label: t('libpage.chip.label', { facet: facetTitle(f), value: facetValueLabel(f, v, collectionName) }) });
  }
  if (!chips.length) return null;
  return (
    <ul class="chips lib-chips" role="list" aria-label={t('libpage.chips.label')}>
      {chips.map((c) => (
        <li key={c.key} class="chip">
          <span>{c.label}</span>
          <button
            type="button"
            class="chip-remove"
            aria-label={t('libpage.chip.remove', { label: c.label })}
            onClick={() => onRemove(c.key)}
          >
            ×
          </button>
        </li>
      ))}
      {chips.length > 1 && (
        <li>
          <button type="button" class="link-button" onClick={onClear}>
            {t('libpage.clearAll')}
          </button>
        </li>
      )}
    </ul>
  );
}
