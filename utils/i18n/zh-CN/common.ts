import type { common as en } from '../en/common';

export const common: Record<keyof typeof en, string> = {
  'common.appName': 'Clausemark 条标',
  'common.loading': '正在加载…',
  'common.cancel': '取消',
  'common.save': '保存',
  'common.delete': '删除',
  'common.undo': '撤销',
  'common.highlightDeleted': '已删除高亮。',
  'common.highlightDeletedWithNote': '已删除高亮及其批注。',
  'common.close': '关闭',
  'common.menuClipPage': '剪藏此页到 Clausemark',
  'common.menuHighlightSelection': '高亮所选文字',
  'common.menuClipLinkedFile': '剪藏链接的文档到 Clausemark',
};
