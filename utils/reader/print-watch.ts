/**
 * Tells when the page is being printed (print dialog, PDF output, print emulation) and when that is over, so the
 * reader can paint highlights in a way that prints. Called synchronously: the browser lays out for print right
 * after `beforeprint` returns.
 */
export function onPrintChange(win: Window, cb: (printing: boolean) => void): () => void {
  let printing = false;
  const set = (on: boolean) => {
    if (on !== printing) cb((printing = on));
  };
  const before = () => set(true);
  const after = () => set(false);
  const mq = win.matchMedia?.('print');
  const onMq = (e: MediaQueryListEvent) => set(e.matches);
  win.addEventListener('beforeprint', before);
  win.addEventListener('afterprint', after);
  mq?.addEventListener?.('change', onMq);
  if (mq?.matches) set(true);
  return () => {
    win.removeEventListener('beforeprint', before);
    win.removeEventListener('afterprint', after);
    mq?.removeEventListener?.('change', onMq);
  };
}
