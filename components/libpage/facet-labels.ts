/** How a facet value reads: collection ids by name, empty values as "(none)", yes/no and language codes in words. */
import { t } from '../../utils/i18n';
import type { FacetKey } from '../../utils/library';

export function facetValueLabel(key: FacetKey, value: string, collectionName: (id: string) => string): string {
  if (key === 'collection') return collectionName(value);
  if (key === 'highlights') return t(value === 'yes' ? 'libpage.facet.yes' : 'libpage.facet.no');
  if (key === 'site' && !value) return t('library.noSite');
  if (key === 'lang' && (value === 'zh' || value === 'en')) return t(`libpage.lang.${value}`);
  return value || t('libpage.facet.none');
}

export const facetTitle = (key: FacetKey) => t(`libpage.facet.${key}`);
