export const common = {
  'common.appName': 'Clausemark',
  'common.loading': 'Loading…',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.delete': 'Delete',
  'common.close': 'Close',
  'common.undo': 'Undo',
  'common.highlightDeleted': 'Highlight deleted.',
  'common.highlightDeletedWithNote': 'Highlight and its note deleted.',
  'common.menuClipPage': 'Clip page to Clausemark',
  'common.menuHighlightSelection': 'Highlight selection',
  'common.menuClipLinkedFile': 'Clip linked document to Clausemark',
} as const;
