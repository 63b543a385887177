/** The Word report's styles: Chinese-aware fonts, heading colours, quote, note, outline and body paragraphs. */
import { BorderStyle, type IStylesOptions } from 'docx';

const BODY_FONT = { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Calibri', eastAsia: 'SimSun' };
const HEADING_FONT = { ascii: 'Calibri Light', hAnsi: 'Calibri Light', cs: 'Calibri Light', eastAsia: 'Microsoft YaHei' };
const heading = (size: number, color: string) => ({
  run: { font: HEADING_FONT, size, bold: true, color },
  paragraph: { spacing: { before: 240, after: 120 } },
});

export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: BODY_FONT, size: 22, language: { value: 'en-US', eastAsia: 'zh-CN' } },
      paragraph: { spacing: { after: 120, line: 300 } },
    },
    title: { run: { font: HEADING_FONT, size: 40, bold: true } },
    heading1: { run: { font: HEADING_FONT, size: 32, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 160 } } },
    heading2: heading(28, '2F5496'),
    heading3: heading(25, '2F5496'),
    heading4: heading(24, '404040'),
    heading5: heading(23, '404040'),
    heading6: heading(22, '404040'),
  },
  paragraphStyles: [
    {
      id: 'ClipQuote',
      name: 'Clip Quote',
      basedOn: 'Normal',
      paragraph: { indent: { left: 360 }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'C9A800', space: 8 } } },
    },
    {
      id: 'ClipNote',
      name: 'Clip Note',
      basedOn: 'Normal',
      run: { color: '404040' },
      paragraph: { indent: { left: 360 }, spacing: { after: 200 } },
    },
    { id: 'ClipOutline', name: 'Clip Outline', basedOn: 'Normal', run: { size: 20 }, paragraph: { spacing: { after: 0 } } },
  ],
};
