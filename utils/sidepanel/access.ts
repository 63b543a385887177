/** Whether the side panel may run scripts in a tab, from the browser's answer to a no-op injection. */

/** ok: scripts run; denied: the browser wants a permission first; failed: something else (error page, navigation). */
export type Access = 'ok' | 'denied' | 'failed';

const PERMISSION = /must request permission|missing host permission|cannot access contents|permission to access/i;

export async function probeAccess(run: () => Promise<unknown>): Promise<Access> {
  try {
    await run();
    return 'ok';
  } catch (e) {
    return PERMISSION.test(String((e as Error)?.message ?? e)) ? 'denied' : 'failed';
  }
}

// Lives with the other site-pattern helpers; kept importable from here for the side panel.
export { originPattern } from '../site-pattern';
