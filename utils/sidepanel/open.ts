/**
 * Open the side panel (Chrome) or sidebar (Firefox) from a user gesture, e.g. a popup button's click handler.
 * Browsers accept this only inside the gesture, so the call is made synchronously: pass the window id the caller
 * already has (the popup's tab.windowId) rather than looking it up with an await first.
 */
export interface SidePanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

export function openSidePanel(api: SidePanelApis, windowId: number): Promise<void> {
  if (api.sidePanel) return api.sidePanel.open({ windowId });
  if (api.sidebarAction) return api.sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel for extensions.'));
}
