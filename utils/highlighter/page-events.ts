/**
 * The page events the highlighter follows, in the capture phase on the page's window. Events the page fakes
 * (isTrusted false) and events inside our own UI are dropped here, so a page script can neither open a note nor
 * offer the toolbar by dispatching events.
 */
export interface PageEventHandlers {
  /** a mouse-up or Shift+key-up: the selection may have changed (read it after the event) */
  selection(): void;
  /** a press outside our UI */
  press(): void;
  scroll(): void;
  click(x: number, y: number): void;
}

export function listenToPage(win: Window, owns: (e: Event) => boolean, h: PageEventHandlers): void {
  const real = (e: Event) => e.isTrusted && !owns(e);
  const select = (e: Event) => real(e) && setTimeout(() => h.selection(), 0); // the selection is final only after the event
  win.addEventListener('mouseup', select, true);
  win.addEventListener('keyup', (e) => (e as KeyboardEvent).shiftKey && select(e), true);
  win.addEventListener('mousedown', (e) => real(e) && h.press(), true);
  win.addEventListener('scroll', () => h.scroll(), { passive: true });
  win.addEventListener('click', (e) => real(e) && h.click((e as MouseEvent).clientX, (e as MouseEvent).clientY), true);
}
