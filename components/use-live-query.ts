/** Dexie liveQuery as a Preact hook: re-renders when the queried tables change in any extension context. */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface LiveResult<T> {
  value: T | undefined;
  error: unknown;
}

/** `initial` is shown until the query's first result: a value read before the first render (the popup's first page). */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[], initial?: T): LiveResult<T> {
  const [state, setState] = useState<LiveResult<T>>({ value: initial, error: undefined });
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: undefined }),
      error: (error: unknown) => setState((s) => ({ value: s.value, error })),
    });
    return () => sub.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
