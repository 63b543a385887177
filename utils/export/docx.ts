/**
 * A Word report: per clip its title (Heading 1) and metadata table, then either the full document — outline, the
 * text with highlights marked and notes as comments, highlights by section — or the highlights by section alone.
 * Fonts carry an East Asian face so Word does not fall back to a Latin font for Chinese, and the East Asian language
 * is zh-CN so punctuation and line breaking are right. Labels are in the locale passed in.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { Locale } from '../i18n';
import { clipViews, formatDate, tidy, type ClipView } from './common';
import { documentBody } from './doc/body';
import { bodyParagraphs, type CommentSink } from './docx-body';
import { highlightParagraphs, metaTable, outlineParagraphs } from './docx-parts';
import { DOCX_STYLES } from './docx-style';
import { lines, xmlSafe } from './docx-text';
import { labelsFor, type Labels } from './labels';
import type { ExportBundle, ExportClock, ExportContent } from './types';

export interface DocxOptions extends ExportClock {
  /** the report's title; default "Clausemark report" in the locale */
  title?: string;
  /** language of the labels; default English */
  locale?: Locale;
  /** 'full' writes each clip's text with the highlights in it; default 'highlights' */
  content?: ExportContent;
}

type Child = ISectionOptions['children'][number];

function clipBlock(v: ClipView, first: boolean, l: Labels, full: boolean, sink: CommentSink): Child[] {
  const head: Child[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: !first, children: lines(tidy(v.clip.title) || l('untitled')) }),
    metaTable(v, l),
  ];
  if (!full) return [...head, ...highlightParagraphs(v, l)];
  const body = documentBody(v);
  const dates = new Map(v.highlights.map((h) => [h.id, new Date(h.updatedAt || h.createdAt)]));
  const text = body.blocks.length
    ? [
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: lines(l('fullText')) }),
        ...bodyParagraphs(body, sink, (id) => dates.get(id)),
      ]
    : [];
  return [...head, ...outlineParagraphs(v, l), ...text, ...highlightParagraphs(v, l, body.placed)];
}

export async function toDocx(bundle: ExportBundle, opts: DocxOptions = {}): Promise<Uint8Array> {
  const l = labelsFor(opts.locale);
  const title = opts.title ?? l('report');
  const views = clipViews(bundle);
  const sink: CommentSink = { comments: [], author: 'Clausemark' };
  const full = opts.content === 'full';
  const children: Child[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: lines(title) }),
    new Paragraph({
      alignment: AlignmentType.LEFT,
      children: [
        new TextRun({ text: `${l.clips(views.length)} · ${l('exported', { date: formatDate(opts.now ?? Date.now()) })}`, color: '666666' }),
      ],
    }),
    ...views.flatMap((v, i) => clipBlock(v, i === 0, l, full, sink)),
  ];
  const doc = new Document({
    title: xmlSafe(title),
    creator: 'Clausemark',
    styles: DOCX_STYLES,
    comments: { children: sink.comments },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
