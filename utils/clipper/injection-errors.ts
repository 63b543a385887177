/** Turn the browser's injection errors into sentences a user can act on. */
import { whyNotClippable } from '../url';

export function explainInjectionError(message: string, url: string | undefined): string {
  const known = whyNotClippable(url);
  if (known) return known;
  if (url?.startsWith('file:'))
    return 'Local files can only be clipped after you turn on "Allow access to file URLs" for Clausemark in the extensions page.';
  if (/gallery cannot be scripted|webstore/i.test(message)) return 'The web store does not allow extensions to read its pages.';
  if (/Cannot access a (chrome|about|edge|devtools|chrome-extension):/i.test(message) || /Cannot access .*(chrome|about|moz-extension):\/\//i.test(message))
    return whyNotClippable('chrome://x') ?? message;
  if (/\.pdf\b/i.test(message)) return whyNotClippable('https://x/a.pdf') ?? message;
  if (/must request permission|Missing host permission|Cannot access contents/i.test(message))
    return 'Clausemark may read this page only after you use its toolbar button, the Alt+Shift+S shortcut or the page menu. Open the popup from the toolbar on this tab and try again.';
  if (/Frame with ID 0 was removed|No tab with id|tab was closed/i.test(message)) return 'The tab was closed or navigated away before it could be clipped.';
  if (/error page/i.test(message)) return 'This tab shows a browser error page; there is nothing to clip.';
  return `The page could not be read: ${message}`;
}
