import { CLIP_KEY } from '../../shortcuts';
import type { sidepanel as en } from '../en/sidepanel';

export const sidepanel: Record<keyof typeof en, string> = {
  'sidepanel.label': 'Clausemark 侧边栏',
  'sidepanel.noTab': '此窗口中没有可显示的网页。',
  'sidepanel.page': '当前网页：',
  'sidepanel.checking': '正在确认 Clausemark 能否读取此网页…',
  'sidepanel.hidden.title': 'Clausemark 暂时看不到这个标签页',
  'sidepanel.hidden.body': `只有在你对某个网页使用过扩展后，浏览器才会让扩展看到它。请在此标签页上点击工具栏中的 Clausemark 按钮或按 ${CLIP_KEY}，侧边栏随即跟上。`,
  'sidepanel.hidden.allow': '允许侧边栏查看各标签页的网址',
  'sidepanel.hidden.allowHint': '浏览器会将此权限称为“读取浏览记录”：Clausemark 需要网页地址来找到对应的剪藏。任何数据都不会离开你的电脑。',
  'sidepanel.checkAgain': '重新检查',
  'sidepanel.denied.title': 'Clausemark 无法从侧边栏读取此网页',
  'sidepanel.denied.body': `可以允许它访问 {site}，或在此标签页上使用工具栏按钮或 ${CLIP_KEY}。`,
  'sidepanel.denied.allow': '允许访问此网站',
  'sidepanel.denied.refused': `未获得访问权限。你仍可在此标签页上使用工具栏按钮或 ${CLIP_KEY}。`,
  'sidepanel.denied.file': '如需读取本地文件，请在扩展程序页面为 Clausemark 打开“允许访问文件网址”。',
  'sidepanel.denied.stored': '下面是随剪藏保存的大纲和标注。在 Clausemark 获准读取此网页之前，点击它们无法滚动网页。',
  'sidepanel.denied.notClipped': '此网页尚未剪藏。',
  'sidepanel.clippedOn': '剪藏于 {date}',
  'sidepanel.preview.hint': '此网页尚未剪藏。侧边栏只在你要求时才读取网页。',
  'sidepanel.preview.button': '预览大纲',
  'sidepanel.preview.reading': '正在读取网页…',
  'sidepanel.preview.none': '此网页上没有找到大纲。',
} as const;
