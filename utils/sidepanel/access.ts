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

/** The match pattern that grants one site (every port and path), or null for pages no permission opens. */
export function originPattern(url: string | undefined): string | null {
  try {
    const u = new URL(url ?? '');
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}
