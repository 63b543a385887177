import type { attach as en } from '../en/attach';

export const attach: Record<keyof typeof en, string> = {
  'attach.error.noNotice': '此文件所属的通知已不在资料库中，请重新剪藏该通知。',
  'attach.error.noAccess': 'Clausemark 无权从该网站下载此文件（{detail}）。请在通知页面上重新剪藏通知，再剪藏其附件。',
  'attach.error.notClippable': '{kind} 文件无法剪藏，只能剪藏 PDF 和 Word（.docx）文件。',
  'attach.offer.title': '附件（{n}）：一并剪藏',
  'attach.offer.button': '剪藏勾选的附件',
  'attach.offer.notClippable': '{kind} 文件，无法剪藏',
  'attach.offer.inLibrary': '已在资料库中',
  'attach.status.waiting': '等待中',
  'attach.status.reading': '正在读取…',
  'attach.status.pages': '第 {done} / {total} 页',
  'attach.status.created': '已剪藏',
  'attach.status.updated': '已更新',
  'attach.status.failed': '未剪藏：{reason}',
  'attach.done': '已剪藏 {ok} / {n} 个附件；通知本身的剪藏不受影响。',
  'attach.list': '附件（{n}）',
  'attach.rowCount': ' · 附件 {n} 个',
  'attach.of': '所属通知：',
  'attach.deletedKept': '被删除通知的 {n} 个附件仍保留在资料库中，成为普通剪藏。',
};
