/**
 * "Show my highlights automatically when I revisit pages": on only while the user has granted the optional
 * <all_urls> host permission; then the highlighter is registered as a content script at runtime. The permission
 * itself is the setting, so the two can never disagree; this keeps the registration in step with it.
 */
export const AUTO_SCRIPT_ID = 'clausemark-highlighter';
export const AUTO_ORIGINS = ['<all_urls>'];

export interface AutoShowDeps {
  hasPermission(): Promise<boolean>;
  registeredIds(): Promise<string[]>;
  register(): Promise<void>;
  unregister(): Promise<void>;
}

/** Register or unregister to match the permission; resolves to whether auto-show is on. */
export async function syncAutoShow(deps: AutoShowDeps): Promise<boolean> {
  const on = await deps.hasPermission();
  const registered = (await deps.registeredIds()).includes(AUTO_SCRIPT_ID);
  if (on && !registered) await deps.register();
  if (!on && registered) await deps.unregister();
  return on;
}
