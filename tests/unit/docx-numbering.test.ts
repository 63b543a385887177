import { AlignmentType, Bookmark, Document, HeadingLevel, InternalHyperlink, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../utils/docx';
import { listNumbers } from '../../utils/docx/list-numbers';

const createDocument = () => new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>').window.document;
const TEXT =
  'This section sets out what the provider must do before the change is made, who reviews the request and how long the review takes.';
// a Contents field's entry: a link to the heading's bookmark, its number, title and page
const toc = (text: string) =>
  new Paragraph({
    children: [new InternalHyperlink({ anchor: `_Toc_${text.split('\t')[1]!}`, children: [new TextRun(text)] })],
  });
const body = () => new Paragraph({ children: [new TextRun(TEXT)] });

describe('a Word file whose heading numbers are list numbering (no text of their own)', () => {
  // The Contents field lists the front matter first (no number: the body never repeats it after the list, which ends
  // at the first heading tag), or starts at 1. (its page number dropped, the body's heading ends the list).
  it.each([true, false])(
    'prints the numbers Word shows before its headings, 1.1. under 1. though both arrive as <h2> (front matter: %s)',
    async (front) => {
      const head = (text: string, level: 0 | 1) =>
        new Paragraph({
          heading: level ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1,
          numbering: { reference: 'heads', level },
          children: [new Bookmark({ id: `_Toc_${text}`, children: [new TextRun(text)] })],
        });
      const doc = new Document({
        numbering: {
          config: [
            {
              reference: 'heads',
              levels: [
                { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
                { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', alignment: AlignmentType.LEFT },
              ],
            },
          ],
        },
        styles: { paragraphStyles: [{ id: 'HeadingAppendix', name: 'Heading Appendix', run: { bold: true, size: 28 } }] },
        sections: [
          {
            children: [
              new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Change Policies and Procedures')] }),
              // front matter in Heading 1 with no number
              new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('About this document')] }),
              body(),
              new Paragraph({ children: [new TextRun('TABLE OF CONTENTS')] }),
              ...(front ? [toc('About this document\tii')] : []),
              toc('1.\tIntroduction\t1'),
              toc('1.1.\tPurpose\t1'),
              toc('1.2.\tScope\t1'),
              toc('2.\tProcess\t2'),
              toc('2.1.\tReview\t2'),
              toc('Appendix A – Acronyms\t3'),
              head('Introduction', 0),
              head('Purpose', 1),
              body(),
              head('Scope', 1),
              body(),
              head('Process', 0),
              head('Review', 1),
              body(),
              // an appendix set in a style of the document's own, named as a heading
              new Paragraph({ style: 'HeadingAppendix', children: [new TextRun('Appendix A – Acronyms')] }),
              body(),
            ],
          },
        ],
      });
      const bytes = new Uint8Array(await Packer.toBuffer(doc));
      const r = await extractDocx(bytes, 'https://www.example.gov/files/policy.docx', { createDocument });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.outline.map((e) => [e.level, e.label, e.title])).toEqual([
        [1, null, 'About this document'],
        [1, '1.', 'Introduction'],
        [2, '1.1.', 'Purpose'],
        [2, '1.2.', 'Scope'],
        [1, '2.', 'Process'],
        [2, '2.1.', 'Review'],
        [1, 'Appendix A', 'Acronyms'],
      ]);
    },
  );
});

describe('listNumbers', () => {
  const styles = `<w:styles>
    <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
    <w:style w:type="numbering" w:styleId="Outline"><w:name w:val="Outline List"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
  </w:styles>`;
  const numbering = `<w:numbering>
    <w:abstractNum w:abstractNumId="8"><w:numStyleLink w:val="Outline"/></w:abstractNum>
    <w:abstractNum w:abstractNumId="10">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/><w:suff w:val="nothing"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="11"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
    <w:num w:numId="3"><w:abstractNumId w:val="10"/></w:num>
    <w:num w:numId="5"><w:abstractNumId w:val="8"/></w:num>
    <w:num w:numId="6"><w:abstractNumId w:val="11"/></w:num>
  </w:numbering>`;
  const p = (style: string, text: string, numPr = '') =>
    `<w:p><w:pPr><w:pStyle w:val="${style}"/>${numPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

  it('counts through style links and basedOn, skips headings with numbering switched off and bullets', () => {
    const document = `<w:document><w:body>
      ${p('Heading1', 'About', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>')}
      ${p('Heading1', '总则')}
      ${p('Heading2', 'Purpose')}
      ${p('Normal', 'item', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="6"/></w:numPr>')}
      ${p('Heading2', 'Scope')}
      ${p('Heading1', '附则')}
      ${p('Heading2', 'Dates')}
    </w:body></w:document>`;
    expect(listNumbers({ document, styles, numbering }).map((n) => [n.styleId, n.label, n.text])).toEqual([
      ['Heading1', '第一章', '总则'],
      ['Heading2', '1.1 ', 'Purpose'],
      ['Heading2', '1.2 ', 'Scope'],
      ['Heading1', '第二章', '附则'],
      ['Heading2', '2.1 ', 'Dates'],
    ]);
  });
});
