export const exportCite = {
  'exportCite.copyCitation': 'Copy citation',
  'exportCite.copyCitationOf': 'Copy a citation of “{title}”',
  'exportCite.copyMarkdown': 'Copy as Markdown',
  'exportCite.copyMarkdownOf': 'Copy “{title}” as Markdown',
  'exportCite.style': 'Citation style',
  'exportCite.style.gb7714': 'GB/T 7714',
  'exportCite.style.apa': 'APA',
  'exportCite.copiedCitation': 'Citation copied.',
  'exportCite.copiedMarkdown': 'Markdown copied.',
  'exportCite.copyFailed': 'Could not copy: {error}',
} as const;
