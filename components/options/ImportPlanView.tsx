import type { ImportPlan } from '../../utils/export/backup';
import { getLocale, t } from '../../utils/i18n';

export interface ImportPlanViewProps {
  plan: ImportPlan;
  replace: boolean;
  onReplace: (replace: boolean) => void;
}

/** Titles are listed up to this many; a backup of thousands would otherwise fill the page. */
const SHOWN = 20;

function Titles({ titles }: { titles: string[] }) {
  if (!titles.length) return null;
  return (
    <ul class="plan-titles">
      {titles.slice(0, SHOWN).map((title, i) => (
        <li key={i}>{title}</li>
      ))}
      {titles.length > SHOWN && <li>{t('options.plan.more', { n: titles.length - SHOWN })}</li>}
    </ul>
  );
}

/**
 * What an import would do, before it runs: new clips, the user's clips it would replace (by the user's titles),
 * highlights and collections. Replacing is an opt-in, off by default: a stranger's backup must not take clips over.
 */
export function ImportPlanView({ plan, replace, onReplace }: ImportPlanViewProps) {
  const { added, replaced, unchanged, highlights, collections } = plan;
  const optional = replaced.length > 0 || highlights.withExisting > 0;
  return (
    <div class="import-plan" role="group" aria-labelledby="import-plan-title">
      <p id="import-plan-title">{t('options.plan.title')}</p>
      <ul>
        <li>
          {t('options.plan.new', { n: added.length })}
          <Titles titles={added} />
        </li>
        {replaced.length > 0 && (
          <li>
            {t('options.plan.replace', { n: replaced.length })}
            <Titles titles={replaced.map((r) => (r.older ? t('options.plan.older', { title: r.title }) : r.title))} />
          </li>
        )}
        {unchanged > 0 && <li>{t('options.plan.unchanged', { n: unchanged })}</li>}
        <li>{t('options.plan.highlightsNew', { n: highlights.withNew })}</li>
        {highlights.withExisting > 0 && <li>{t('options.plan.highlightsExisting', { n: highlights.withExisting })}</li>}
        {plan.droppedLinks > 0 && <li>{t('options.plan.droppedLinks', { n: plan.droppedLinks })}</li>}
        {collections.length > 0 && (
          <li>{t('options.plan.collections', { names: collections.join(getLocale() === 'en' ? ', ' : '、') })}</li>
        )}
      </ul>
      {optional && (
        <p>
          <label>
            <input type="checkbox" checked={replace} onChange={(e) => onReplace((e.currentTarget as HTMLInputElement).checked)} />{' '}
            {t('options.plan.replaceOpt')}
          </label>
          <br />
          <span class="muted">{t(replace ? 'options.plan.replaceHint' : 'options.plan.keepHint')}</span>
        </p>
      )}
    </div>
  );
}
