import type { highlighter as en } from '../en/highlighter';

export const highlighter: Record<keyof typeof en, string> = {
  'highlighter.toolbar': 'Clausemark 高亮',
  'highlighter.noteToolbar': 'Clausemark 批注',
  'highlighter.yellow': '黄色',
  'highlighter.green': '绿色',
  'highlighter.blue': '蓝色',
  'highlighter.pink': '粉色',
  'highlighter.highlightIn': '用{color}高亮',
  'highlighter.note': '批注',
  'highlighter.notePlaceholder': '写下批注',
  'highlighter.saveNote': '保存批注',
  'highlighter.delete': '删除',
  'highlighter.close': '关闭',
  'highlighter.gone': '此高亮已不存在。',
  'highlighter.saveFailed': '未能保存：{message}',
  'highlighter.deleteTitle': '删除此高亮',
};
