import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

export interface LibrarySearchProps {
  /** the query in effect; set from outside to clear the box */
  query: string;
  onQuery: (query: string) => void;
  /** ms to wait after the last key before searching */
  debounceMs?: number;
  /** the document whose "/" key focuses the box (as on most sites with a search); none: no key */
  keyTarget?: Document;
}

/** Typing somewhere: there "/" is a character, not a shortcut. */
const isTyping = (el: Element | null) =>
  !!el &&
  (el instanceof HTMLInputElement ||
    el instanceof HTMLTextAreaElement ||
    el instanceof HTMLSelectElement ||
    (el as HTMLElement).isContentEditable);

/** The search box: searches as you type (debounced), Esc clears it, "/" elsewhere on the page focuses it. */
export function LibrarySearch({ query, onQuery, debounceMs = 150, keyTarget }: LibrarySearchProps) {
  const [text, setText] = useState(query);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!keyTarget) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTyping(keyTarget.activeElement)) return;
      e.preventDefault();
      input.current?.focus();
      // in the popup the page's outline and highlights come first: bring the library up under the box
      input.current?.scrollIntoView?.({ block: 'start' });
    };
    keyTarget.addEventListener('keydown', onKey);
    return () => keyTarget.removeEventListener('keydown', onKey);
  }, [keyTarget]);
  useEffect(() => {
    // the query was changed elsewhere (e.g. "clear search and filters"): show it
    if (query !== text.trim()) setText(query);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const change = (value: string) => {
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onQuery(value.trim()), debounceMs);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !text) return;
    // the first Esc empties the box; only an Esc on an empty box may close the popup
    e.preventDefault();
    e.stopPropagation();
    clearTimeout(timer.current);
    setText('');
    onQuery('');
  };
  return (
    <div class="library-search" role="search">
      <label class="visually-hidden" for="library-search-input">
        {t('library.search.label')}
      </label>
      <input
        ref={input}
        id="library-search-input"
        type="search"
        value={text}
        placeholder={t('library.search.placeholder')}
        autocomplete="off"
        aria-keyshortcuts={keyTarget ? '/' : undefined}
        onInput={(e) => change((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
