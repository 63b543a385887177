/** Text for Word: XML-safe runs, line breaks, the highlight colours Word knows. */
import { TextRun, type IRunOptions } from 'docx';
import type { HighlightColor } from '../model/colors';

/** XML 1.0 cannot hold most C0 controls or lone surrogates; page text may contain them. */
export const xmlSafe = (s: string) =>
  s.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');

type RunOptions = Omit<IRunOptions, 'text' | 'break' | 'children'>;

/** Runs for multi-line text: Word needs explicit breaks between lines. */
export function lines(text: string, opts: RunOptions = {}): TextRun[] {
  return xmlSafe(text)
    .split(/\r\n|[\n\r]/)
    .map((line, i) => new TextRun({ text: line, break: i ? 1 : 0, ...opts }));
}

/**
 * Word's own highlighter colours (w:highlight), so a marked passage is a highlight to Word (Find › Highlight, and
 * readers such as mammoth), in the hue nearest ours.
 */
export const WORD_HIGHLIGHT = { yellow: 'yellow', green: 'green', blue: 'cyan', pink: 'magenta' } as const satisfies Record<
  HighlightColor,
  string
>;
