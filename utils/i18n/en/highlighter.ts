// The toolbar the highlighter shows on web pages (utils/highlighter/ui.ts) and its note frame (components/note/NotePanel.tsx).
export const highlighter = {
  'highlighter.toolbar': 'Clausemark highlight',
  'highlighter.noteToolbar': 'Clausemark note',
  'highlighter.yellow': 'Yellow',
  'highlighter.green': 'Green',
  'highlighter.blue': 'Blue',
  'highlighter.pink': 'Pink',
  'highlighter.highlightIn': 'Highlight in {color}',
  'highlighter.note': 'Note',
  'highlighter.notePlaceholder': 'Note',
  'highlighter.saveNote': 'Save note',
  'highlighter.delete': 'Delete',
  'highlighter.close': 'Close',
  'highlighter.gone': 'This highlight no longer exists.',
  'highlighter.saveFailed': 'Could not save: {message}',
  'highlighter.deleteTitle': 'Delete this highlight',
} as const;
