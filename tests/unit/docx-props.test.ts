/** A Word guidance document's cover: its title over two styled lines, its version date, the body in its properties. */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../utils/docx';

const createDocument = () => new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>').window.document;
const p = (t: string) => new Paragraph({ children: [new TextRun(t)] });
const row = (cells: string[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [p(c)] })) });
const LONG = 'This document explains how a service provider asks for a change to its authorization and what happens next.';

async function guidance(title: string, creator: string): Promise<Uint8Array> {
  const doc = new Document({
    title,
    creator,
    sections: [
      {
        children: [
          p('Example Change Management'),
          p('Policies and Procedures'),
          p('Version 2.0'),
          p('March 3, 2019'),
          new Table({ rows: [row(['Date', 'Author']), row(['3/3/2019', 'Example PMO'])] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('About this document')] }),
          p(LONG),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Introduction')] }),
          p(LONG),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('a Word guidance document’s cover and properties', () => {
  it('takes the properties’ title the cover prints, the cover’s version date, and the body that created it', async () => {
    const r = await extractDocx(
      await guidance('Example Change Management Policies and Procedures', 'Example PMO'),
      'https://x.gov/g.docx',
      {
        createDocument,
      },
    );
    expect(r.ok && r.value.title).toBe('Example Change Management Policies and Procedures');
    expect(r.ok && r.value.policy).toMatchObject({ issuer: 'Example PMO', writtenDate: '2019-03-03' });
  });
  it('keeps the first heading when the properties hold a stale title, and takes no person for the issuer', async () => {
    const r = await extractDocx(await guidance('Template for Something Else', 'Jane Smith'), 'https://x.gov/g.docx', { createDocument });
    expect(r.ok && r.value.title).toBe('About this document');
    expect(r.ok && r.value.policy.issuer).toBe('');
  });
});
