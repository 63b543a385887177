/**
 * node --import tsx scripts/make-docx-fixture.ts
 * Writes tests/fixtures/pdf/zh-notice-docx/source.docx: the zh-notice fixture's document as a Word file, set as
 * Word users set a 公文 — the title in Word's Title style, headings as bold runs, the 文号 centred and the signature
 * flush right by paragraph alignment (which mammoth drops and utils/docx keeps). Uses the `docx` dev dependency.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { parseHtml } from './lib/dom';

const DIR = join(import.meta.dirname, '../tests/fixtures/pdf');

function runs(el: Element): TextRun[] {
  const out: TextRun[] = [];
  for (const n of Array.from(el.childNodes)) {
    if (n.nodeType === 3) out.push(new TextRun({ text: n.textContent ?? '', bold: el.classList.contains('h1') }));
    else if ((n as Element).tagName === 'BR') continue;
    else out.push(new TextRun({ text: n.textContent ?? '', bold: true }));
  }
  return out;
}

function paragraph(el: Element): Paragraph {
  const cls = el.classList;
  if (el.tagName === 'H1') return new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: runs(el) });
  const alignment =
    cls.contains('masthead') || cls.contains('docno') ? AlignmentType.CENTER : cls.contains('sign') ? AlignmentType.RIGHT : undefined;
  const bold = cls.contains('masthead');
  return new Paragraph({
    alignment,
    indent: cls.contains('flush') || alignment ? undefined : { firstLine: 640 },
    children: bold ? [new TextRun({ text: el.textContent ?? '', bold, color: 'C00000', size: 52 })] : runs(el),
  });
}

async function main(): Promise<void> {
  const dom = parseHtml(readFileSync(join(DIR, 'zh-notice/source.html'), 'utf8'));
  const blocks = Array.from(dom.window.document.body.children).filter((e) => e.tagName !== 'HR');
  const doc = new Document({ sections: [{ children: blocks.map(paragraph) }] });
  mkdirSync(join(DIR, 'zh-notice-docx'), { recursive: true });
  const out = await Packer.toBuffer(doc);
  writeFileSync(join(DIR, 'zh-notice-docx/source.docx'), out);
  console.log(`zh-notice-docx/source.docx ${Math.round(out.length / 1024)} KB`);
}

await main();
