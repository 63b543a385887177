import type { pdf as en } from '../en/pdf';

export const pdf: Record<keyof typeof en, string> = {
  'pdf.error.noTextLayer': '此 PDF 没有文字层（可能是扫描件），没有可剪藏的文字。暂不支持文字识别（OCR）。',
  'pdf.error.tooManyPages': '此 PDF 共 {pages} 页；Clausemark 最多剪藏 {max} 页的 PDF。',
  'pdf.error.tooManyBytes': '此文件大小为 {size} MB；Clausemark 最多剪藏 {max} MB 的文件。',
  'pdf.error.password': '此 PDF 设有密码保护，无法读取其中的文字。',
  'pdf.error.unreadable': '无法读取此 PDF：{detail}',
  'docx.error.unreadable': '无法读取此 Word 文档：{detail}',
  'docx.error.empty': '此 Word 文档中没有可剪藏的文字。',
};
