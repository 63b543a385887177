import type { exportCite as en } from '../en/export-cite';

export const exportCite: Record<keyof typeof en, string> = {
  'exportCite.copyCitation': '复制引文',
  'exportCite.copyCitationOf': '复制《{title}》的引文',
  'exportCite.copyMarkdown': '复制为 Markdown',
  'exportCite.copyMarkdownOf': '将《{title}》复制为 Markdown',
  'exportCite.style': '引文格式',
  'exportCite.style.gb7714': 'GB/T 7714',
  'exportCite.style.apa': 'APA',
  'exportCite.copiedCitation': '引文已复制。',
  'exportCite.copiedMarkdown': 'Markdown 已复制。',
  'exportCite.copyFailed': '复制失败：{error}',
};
