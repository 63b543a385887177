export const popup = {
  'popup.noTab': 'There is no page in this window to clip.',
  'popup.libraryAndBackup': 'Library & backup…',
  'popup.openSidePanel': 'Open in side panel',
} as const;
