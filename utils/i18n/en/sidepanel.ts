import { CLIP_KEY } from '../../shortcuts';
export const sidepanel = {
  'sidepanel.label': 'Clausemark side panel',
  'sidepanel.noTab': 'There is no page in this window to show.',
  'sidepanel.page': 'Showing:',
  'sidepanel.checking': 'Checking whether Clausemark may read this page…',
  'sidepanel.hidden.title': 'Clausemark cannot see this tab yet',
  'sidepanel.hidden.body': `The browser shows an extension a page only after you use the extension on it. Click the Clausemark toolbar button or press ${CLIP_KEY} on this tab, and the panel follows.`,
  'sidepanel.hidden.allow': 'Let the panel see every tab’s address',
  'sidepanel.hidden.allowHint':
    'The browser will call this “read your browsing history”: Clausemark needs the page address to find its clip. Nothing leaves your computer.',
  'sidepanel.checkAgain': 'Check again',
  'sidepanel.denied.title': 'Clausemark cannot read this page from the side panel',
  'sidepanel.denied.body': `Allow it on {site}, or use the toolbar button or ${CLIP_KEY} on this tab.`,
  'sidepanel.denied.allow': 'Allow on this site',
  'sidepanel.denied.refused': `Access was not granted. You can still use the toolbar button or ${CLIP_KEY} on this tab.`,
  'sidepanel.denied.file': 'For local files, turn on “Allow access to file URLs” for Clausemark on the extensions page.',
  'sidepanel.denied.stored':
    'Below are the outline and highlights saved with the clip. They cannot scroll the page until Clausemark may read it.',
  'sidepanel.denied.notClipped': 'This page is not clipped yet.',
  'sidepanel.clippedOn': 'Clipped {date}',
  'sidepanel.preview.hint': 'This page is not clipped. The panel reads a page only when you ask.',
  'sidepanel.preview.button': 'Preview outline',
  'sidepanel.preview.reading': 'Reading the page…',
  'sidepanel.preview.none': 'No outline was found on this page.',
} as const;
