/** The popup's PDF extras: pages read while a PDF is clipped, and "Allow this site" after a refused download. */
import { useEffect, useState } from 'preact/hooks';

export type PdfProgressWatch = (tabId: number, on: (done: number, total: number) => void) => () => void;

export function usePdfClip(
  tab: { id: number; url: string | undefined } | null,
  watch: PdfProgressWatch | undefined,
  requestSite: ((url: string) => Promise<boolean>) | undefined,
  clipAgain: () => void,
) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => (tab && watch ? watch(tab.id, (done, total) => setProgress({ done, total })) : undefined), [tab?.id]);
  // The site is asked for inside this click (a permission prompt needs the user's gesture), then clipped again.
  const onAllowSite =
    tab?.url && requestSite
      ? () => {
          void requestSite(tab.url!).then((granted) => granted && clipAgain());
        }
      : undefined;
  return { progress, resetProgress: () => setProgress(null), onAllowSite };
}
