// The current page's part of the popup (and side panel): clip button, outline, highlights, and why a page cannot be
// clipped. Errors the background sends carry their `page.error.*` / `page.blocked.*` key and params (utils/result.ts);
// utils/error-text.ts shows them by key. utils/extract/limits.ts spells its English sentences itself: keep them equal.
import { CLIP_KEY } from '../../shortcuts';
export const page = {
  'page.current': 'This page',
  'page.clip': 'Clip this page',
  'page.clipAgain': 'Clip again (update)',
  'page.clipping': 'Clipping…',
  'page.clippedOn': 'Clipped {date}',
  'page.created': 'Clipped: {title}',
  'page.updated': 'Updated: {title}',
  'page.clipFullText': 'Clip the whole visible text',
  'page.postsLeftOut': 'This page shows {total} posts; the clip holds the first.',
  'page.clipAllPosts': 'Clip all {total} posts',

  'page.outline': 'Outline',
  'page.outlineTree': 'Page outline',
  'page.outlineCount': ' ({n})',
  'page.outlineCountPreview': ' ({n}, not clipped yet)',
  'page.headingNotFound': 'That heading was not found on the page; the page may have changed since it was clipped.',

  'page.highlights': 'Highlights',
  'page.beforeFirstHeading': 'Before the first heading',
  'page.notFound': 'Not found on this page',
  'page.notFoundHint': 'The page has changed; these passages are kept with the clip.',
  'page.highlightNotFound': 'That highlight is not on the page right now.',
  'page.color.yellow': 'Yellow',
  'page.color.green': 'Green',
  'page.color.blue': 'Blue',
  'page.color.pink': 'Pink',

  'page.autoShow': 'Show my highlights automatically on this site ({site})',
  'page.autoShowHint': 'Asks for access to this site only; turning it off gives that access back.',

  // utils/url.ts: pages the browser does not let extensions read
  'page.blocked.noAddress': 'This tab has no valid page address.',
  'page.blocked.viewSource': 'Source views (view-source:) cannot be clipped; open the page itself.',
  'page.blocked.browser': 'Browser pages (like settings or new tab) cannot be clipped: browsers do not let extensions read them.',
  'page.blocked.extension': 'Pages of extensions (including this one) cannot be clipped.',
  'page.blocked.chromeStore': 'The Chrome Web Store does not allow extensions to read its pages.',
  'page.blocked.addonStore': 'Add-on store pages do not allow extensions to read them.',
  'page.blocked.pdf': "This looks like a PDF shown in the browser's PDF viewer, which extensions cannot read.",
  'page.blocked.scheme': 'Pages with the {scheme} scheme cannot be clipped.',

  // One message per error code, for errors that come without a key; {detail} is the original.
  'page.code.not-injectable': 'Clausemark cannot read this page. ({detail})',
  'page.code.no-tab': 'That tab no longer exists.',
  'page.code.injection-failed': 'The page could not be read; it may have navigated away. ({detail})',
  'page.code.no-article': 'No article was found on this page. You can clip its whole visible text instead.',
  'page.code.too-large': 'This page is too large for the article finder. You can clip its whole visible text instead.',
  'page.code.save-failed': 'The clip could not be saved, and nothing was changed. ({detail})',
  'page.code.quota': 'The browser has no storage space left for Clausemark, so nothing was saved.',
  'page.code.bad-request': 'The request was refused. ({detail})',
  'page.code.timeout': 'The page took too long to answer, so it was left alone. ({detail})',
  'page.code.internal': 'Something went wrong in Clausemark. ({detail})',

  // Background and injected-script errors, by key (utils/clipper, utils/extract, utils/highlighter, utils/messaging).
  'page.error.noTab': 'That tab no longer exists.',
  'page.error.fileUrls':
    'Local files can only be clipped after you turn on "Allow access to file URLs" for Clausemark in the extensions page.',
  'page.error.webStore': 'The web store does not allow extensions to read its pages.',
  'page.error.needGesture': `Clausemark may read this page only after you use its toolbar button, the ${CLIP_KEY} shortcut or the page menu. Open the popup from the toolbar on this tab and try again.`,
  'page.error.tabGone': 'The tab was closed or navigated away before it could be clipped.',
  'page.error.errorPage': 'This tab shows a browser error page; there is nothing to clip.',
  'page.error.unreadable': 'The page could not be read: {detail}',
  'page.error.noResult': 'The page did not return a result; it may have navigated away while being read.',
  'page.error.noAnswer': 'The page did not answer; it may have navigated away.',
  'page.error.malformed': 'The page gave a malformed answer.',
  'page.error.quota':
    'The browser has no storage space left for Clausemark, so nothing was saved. Free some disk space or delete old clips and try again.',
  'page.error.saveFailed': 'The clip could not be saved, and nothing was changed: {detail}',
  'page.error.clipLost': 'The page was clipped but the clip could not be found again.',
  'page.error.notThisPage': 'That highlight does not belong to this page.',
  'page.error.noArticle':
    'No article was found on this page (it may be a list, a search page or an app). You can clip its whole visible text instead.',
  'page.error.tooManyElements':
    'This page has {count} elements, more than the {max} the article finder handles quickly. You can clip its whole visible text instead.',
  'page.error.tooDeep':
    'This page is nested {depth} levels deep, more than the {max} the article finder handles quickly. You can clip its whole visible text instead.',
  'page.truncated': 'This page is very long: the clip keeps its first {max} characters.',
  'page.error.timeout':
    'The page took more than {seconds} seconds to answer, so it was left alone. You can clip its whole visible text instead.',
  'page.error.readFailed': 'Reading the page failed: {detail}',
  'page.error.highlighterFailed': 'The highlighter failed: {detail}',
  'page.error.selectFirst': 'Select some text on the page first.',
  'page.error.selectionEmpty': 'The selection holds no text of the page.',
  'page.error.noBackground': 'The extension background did not answer.',
  'page.error.unreachable': 'Could not reach the extension background: {detail}',
  'page.deleteHighlight': 'Delete this highlight',
} as const;
