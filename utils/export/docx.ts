/**
 * A Word report: per clip its title (Heading 1) and metadata table, then either the full document — outline, the
 * text with highlights marked and notes as comments, highlights by section — or the highlights by section alone.
 * Fonts carry an East Asian face so Word does not fall back to a Latin font for Chinese, and the East Asian language
 * is zh-CN so punctuation and line breaking are right. Labels are in the locale passed in.
 *
 * The docx library writes the package (styles, comments, the report's title); the clips are written as XML text
 * (docx-xml.ts) into the place of a marker paragraph, for speed.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Locale } from '../i18n';
import { clipViews, formatDate, tidy, type ClipView } from './common';
import { documentBody } from './doc/body';
import { bodyXml, type NoteComment } from './docx-body';
import { highlightParagraphs, metaTable, outlineParagraphs } from './docx-parts';
import { DOCX_STYLES } from './docx-style';
import { lines, xmlSafe } from './docx-text';
import { heading, runs } from './docx-xml';
import { labelsFor, type Labels } from './labels';
import type { ExportBundle, ExportClock, ExportContent, TablesOf } from './types';

export interface DocxOptions extends ExportClock {
  /** the report's title; default "Clausemark report" in the locale */
  title?: string;
  /** language of the labels; default English */
  locale?: Locale;
  /** 'full' writes each clip's text with the highlights in it; default 'highlights' */
  content?: ExportContent;
  /** the data tables of a clip's HTML, shown as tables in the full document; without it tables read as lines */
  tablesOf?: TablesOf;
}

const MARKER = 'CLAUSEMARK-CLIPS-7f3a9c';

/** `full`: null for highlights only, else how the full document finds its tables */
function clipXml(v: ClipView, first: boolean, l: Labels, full: { tables?: TablesOf } | null, comments: NoteComment[]): string {
  const head = heading(1, runs(tidy(v.clip.title) || l('untitled')), !first) + metaTable(v, l);
  if (!full) return head + highlightParagraphs(v, l);
  const body = documentBody(v, full.tables && v.body ? full.tables(v.body) : []);
  const text = body.blocks.length ? heading(2, runs(l('fullText'))) + bodyXml(body, comments) : '';
  return head + outlineParagraphs(v, l) + text + highlightParagraphs(v, l, body.placed);
}

export async function toDocx(bundle: ExportBundle, opts: DocxOptions = {}): Promise<Uint8Array> {
  const l = labelsFor(opts.locale);
  const title = opts.title ?? l('report');
  const views = clipViews(bundle);
  const comments: NoteComment[] = [];
  const clips = views.map((v, i) => clipXml(v, i === 0, l, opts.content === 'full' ? { tables: opts.tablesOf } : null, comments)).join('');
  const dates = new Map(bundle.highlights.map((h) => [h.id, new Date(h.updatedAt || h.createdAt)]));
  const doc = new Document({
    title: xmlSafe(title),
    creator: 'Clausemark',
    styles: DOCX_STYLES,
    comments: {
      children: comments.map((c) => ({
        id: c.id,
        author: 'Clausemark',
        initials: 'CM',
        date: dates.get(c.highlightId),
        children: [new Paragraph({ children: lines(c.note) })],
      })),
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: lines(title) }),
          new Paragraph({
            alignment: AlignmentType.LEFT,
            children: [
              new TextRun({
                text: `${l.clips(views.length)} · ${l('exported', { date: formatDate(opts.now ?? Date.now()) })}`,
                color: '666666',
              }),
            ],
          }),
          new Paragraph({ children: [new TextRun(MARKER)] }),
        ],
      },
    ],
  });
  const files = unzipSync(new Uint8Array(await Packer.toArrayBuffer(doc)));
  const xml = strFromU8(files['word/document.xml']!);
  const at = xml.indexOf(MARKER);
  const from = xml.lastIndexOf('<w:p>', at);
  const to = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  // the text of 1,000 clips is tens of MB of XML: the fastest deflate level keeps the export in budget, a few
  // tenths bigger than level 6
  return zipSync({ ...files, 'word/document.xml': [strToU8(xml.slice(0, from) + clips + xml.slice(to)), { level: 1 }] }, { level: 6 });
}
