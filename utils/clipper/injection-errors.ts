/** Turn the browser's injection errors into sentences a user can act on (i18n keys with their English text). */
import { problem, type Problem } from '../result';
import { blockedReason } from '../url';

export function explainInjectionError(message: string, url: string | undefined): Problem {
  const known = blockedReason(url);
  if (known) return known;
  if (url?.startsWith('file:')) return problem('page.error.fileUrls');
  if (/gallery cannot be scripted|webstore/i.test(message)) return problem('page.error.webStore');
  if (
    /Cannot access a (chrome|about|edge|devtools|chrome-extension):/i.test(message) ||
    /Cannot access .*(chrome|about|moz-extension):\/\//i.test(message)
  )
    return blockedReason('chrome://x') ?? { message };
  if (/\.pdf\b/i.test(message)) return problem('page.blocked.pdf');
  if (/must request permission|Missing host permission|Cannot access contents/i.test(message)) return problem('page.error.needGesture');
  if (/Frame with ID 0 was removed|No tab with id|tab was closed/i.test(message)) return problem('page.error.tabGone');
  if (/error page/i.test(message)) return problem('page.error.errorPage');
  return problem('page.error.unreadable', { detail: message });
}
