import type { popup as en } from '../en/popup';

export const popup: Record<keyof typeof en, string> = {
  'popup.noTab': '此窗口中没有可剪藏的网页。',
  'popup.libraryAndBackup': '资料库与备份…',
  'popup.openSidePanel': '在侧边栏中打开',
};
