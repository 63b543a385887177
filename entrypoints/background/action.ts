import { browser } from 'wxt/browser';

/** The toolbar button API: `action` in MV3, `browserAction` in Firefox's MV2 build. */
export const toolbarAction = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
