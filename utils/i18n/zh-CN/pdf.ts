import type { pdf as en } from '../en/pdf';

export const pdf: Record<keyof typeof en, string> = {
  'pdf.error.noTextLayer': '此 PDF 没有文字层（可能是扫描件），没有可剪藏的文字。暂不支持文字识别（OCR）。',
  'pdf.error.garbledText':
    '此 PDF 的文字无法读取：其字体没有可用的字符映射，取出的文字是乱码。请从带有正常文字层的版本（或发布它的网页）剪藏。',
  'pdf.error.tooManyPages': '此 PDF 共 {pages} 页；Clausemark 最多剪藏 {max} 页的 PDF。',
  'pdf.error.tooManyBytes': '此文件大小为 {size} MB；Clausemark 最多剪藏 {max} MB 的文件。',
  'pdf.error.password': '此 PDF 设有密码保护，无法读取其中的文字。',
  'pdf.error.unreadable': '无法读取此 PDF：{detail}',
  'docx.error.unreadable': '无法读取此 Word 文档：{detail}',
  'docx.error.empty': '此 Word 文档中没有可剪藏的文字。',
  'pdf.error.noAccess': 'Clausemark 无权从该网站下载此 PDF（{detail}）。请在弹出窗口中点击“允许此网站”授予访问权限，然后重新剪藏。',
  'pdf.error.fetchFailed': '无法下载此 PDF（服务器返回 {status}）。',
  'pdf.error.notPdf': '此地址提供的不是 PDF 文件（可能是登录页或错误页）。',
  'pdf.error.fileUrl': '暂不支持剪藏本机打开的 PDF 文件；请从其所在网站打开该 PDF。',
  'pdf.reading': '正在读取 PDF……第 {done} 页，共 {total} 页',
  'docx.reading': '正在读取 Word 文档……',
  'pdf.allowSite': '允许此网站',
  'pdf.viewOriginalPage': '查看原文第 {page} 页',
  'docx.error.oldWord': '这是旧版 Word 文件（.doc），Clausemark 无法读取。请用 Word 或 LibreOffice 打开并另存为 .docx，再剪藏该文件。',
  'docx.error.notDocument': '此地址提供的既不是 PDF，也不是 Word（.docx）文件（可能是登录页或错误页）。',
  'clip.medium.pdf': 'PDF',
  'clip.medium.pdfPages.one': 'PDF · 1 页',
  'clip.medium.pdfPages.other': 'PDF · {n} 页',
  'clip.medium.docx': 'Word 文档',
};
