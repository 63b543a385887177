import { useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import type { ExportContent } from '../utils/export/types';
import { readContentChoice, saveContentChoice } from './export-content';

export interface ExportContentChoiceProps {
  /** distinguishes the radio group when two export panels share a page */
  name: string;
  value: ExportContent;
  onChange: (value: ExportContent) => void;
}

/** "Word and HTML contain: ( ) the full document ( ) highlights only". */
export function ExportContentChoice({ name, value, onChange }: ExportContentChoiceProps) {
  const options: ExportContent[] = ['full', 'highlights'];
  return (
    <fieldset class="export-content">
      <legend>{t('exportDoc.content')}</legend>
      {options.map((o) => (
        <label key={o}>
          <input type="radio" name={name} value={o} checked={value === o} onChange={() => onChange(o)} />{' '}
          {t(o === 'full' ? 'exportDoc.content.full' : 'exportDoc.content.highlights')}
        </label>
      ))}
    </fieldset>
  );
}

/** The remembered choice as component state: read once, saved on every change. */
export function useContentChoice(): [ExportContent, (v: ExportContent) => void] {
  const [value, setValue] = useState<ExportContent>(readContentChoice);
  return [
    value,
    (v) => {
      saveContentChoice(v);
      setValue(v);
    },
  ];
}
