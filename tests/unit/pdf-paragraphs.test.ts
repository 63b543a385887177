import { describe, expect, it } from 'vitest';
import { measure } from '../../utils/pdf/layout';
import { joinText, toBlocks } from '../../utils/pdf/paragraphs';
import { titleLines } from '../../utils/pdf/title';
import type { TextLine } from '../../utils/pdf';
import { line, paragraph } from '../helpers/pdf-items';

function blocks(lines: TextLine[]) {
  const m = measure(lines);
  const t = titleLines(lines, m);
  return toBlocks(lines, m, t.title, t.masthead);
}

/** The usual notice: paragraphs of 26 ems from x=80, first lines indented two ems. */
function body(texts: string[], y = 200, page = 1) {
  const out: TextLine[] = [];
  for (const t of texts) {
    const p = paragraph(t, y, { page });
    out.push(...p.lines);
    y = p.y;
  }
  return { lines: out, y };
}

const LONG =
  '为深入推进四好农村路高质量发展，巩固农村公路建设成果，提升农村公路养护管理水平，保障人民群众安全便捷出行，现就有关事项通知如下。';

describe('PDF lines → paragraphs', () => {
  it('joins wrapped lines: CJK without a space, English with one, a hyphenated word mended', () => {
    expect(joinText('推进农村公路', '养护工作')).toBe('推进农村公路养护工作');
    expect(joinText('The Minister may', 'declare')).toBe('The Minister may declare');
    expect(joinText('the establish-', 'ment of')).toBe('the establishment of');
    expect(joinText('well-', 'Known')).toBe('well- Known'); // a capital after the hyphen: a real hyphen
    expect(joinText('2024年第', '3号')).toBe('2024年第3号');
  });

  it('rebuilds paragraphs from indents and short last lines', () => {
    const { lines } = body([LONG, LONG.slice(10), '各地要认真贯彻执行。']);
    expect(lines.length).toBeGreaterThan(5);
    expect(blocks(lines).map((b) => b.text)).toEqual([LONG, LONG.slice(10), '各地要认真贯彻执行。']);
  });

  it('breaks before a line that opens with a number even when nothing else shows it', () => {
    // no indent, and the line before fills the column: only the label tells
    const full = '各地要建立健全日常养护巡查制度明确巡查频次路段和责任人及时清'; // 30 ems wide at most
    const lines = [
      line(full.slice(0, 26), 80, 200),
      line('第三条　本条例自公布之日起施行。', 80, 228),
      line(full.slice(0, 26), 80, 256),
      line('Section 6. Functions of boards', 80, 284),
    ];
    expect(blocks(lines).map((b) => b.text.slice(0, 3))).toEqual([full.slice(0, 3), '第三条', full.slice(0, 3), 'Sec']);
  });

  it('joins ragged-right English lines when the next line’s first word would not have fitted', () => {
    // column 80–480; 12pt Latin, half an em a character
    const a = line('II. The end of all political associations, is the preservation of the natural and', 80, 200, 1, 12);
    const b = line('imprescriptible rights of man; and these rights are liberty, property, security, and', 80, 216, 1, 12);
    const c = line('resistance of oppression.', 80, 232, 1, 12);
    const d = line('III. The nation is essentially the source of all sovereignty; nor can any individual,', 80, 248, 1, 12);
    const e = line('or any body of men, be entitled to any authority not expressly derived from it.', 80, 264, 1, 12);
    // Ragged right in a column ending at x=475: a leaves 55pt, too little for 'imprescriptible' (~70pt here).
    const ends = [420, 470, 230, 475, 460];
    const lines = [a, b, c, d, e].map((l, i) => ({ ...l, x2: ends[i]! }));
    const out = blocks(lines).map((x) => x.text.slice(0, 12));
    expect(out).toEqual(['II. The end ', 'III. The nat']);
  });

  it('breaks at a wider gap between lines', () => {
    const full = (LONG + LONG).slice(0, 24 + 26 * 2); // every line full, the last one too
    const a = body([full]);
    const b = body([full], a.y + 30); // a blank line between them, no indent difference
    const noIndent = [...a.lines, ...b.lines].map((l) => ({ ...l, x: 80 }));
    expect(blocks(noIndent)).toHaveLength(2);
  });

  it('carries a paragraph over a page break and records where the page starts in it', () => {
    const a = body([LONG], 700, 1);
    const cut = a.lines.length - 1;
    const next = a.lines.slice(cut).map((l) => ({ ...l, page: 2, y: 120 }));
    const out = blocks([...a.lines.slice(0, cut), ...next]);
    expect(out).toHaveLength(1);
    expect(out[0]!.text).toBe(LONG);
    const p2 = out[0]!.pageStarts.find((s) => s.page === 2)!;
    expect(LONG.slice(p2.offset)).toBe(next[0]!.text);
  });

  it('takes centred, bigger or bold short lines as headings, and right-set lines as a signature', () => {
    const { lines, y } = body([LONG]);
    const heading = { ...line('第一章 总 则', 240, y + 10), bold: true };
    const centred = line('某交公路〔2025〕18号', 220, y + 40);
    const rest = body([LONG], y + 80);
    const sign = [line('某某省交通运输厅', 80 + 26 * 16 - 8 * 16, rest.y + 20), line('2025年3月12日', 80 + 26 * 16 - 7 * 16, rest.y + 48)];
    const out = blocks([...lines, heading, centred, ...rest.lines, ...sign]);
    expect(out.map((b) => [b.kind, b.centered, b.right, b.text.slice(0, 4)])).toEqual([
      ['p', false, false, LONG.slice(0, 4)],
      ['heading', true, false, '第一章 '],
      ['heading', true, false, '某交公路'],
      ['p', false, false, LONG.slice(0, 4)],
      ['p', false, true, '某某省交'],
      ['p', false, true, '2025'],
    ]);
  });

  it('joins a centred note wrapped over lines: its full first line, its short centred last one', () => {
    const { lines, y } = body([LONG, LONG]);
    const full = line('——2025年1月20日在某某省第十四届人民代表大会第三次会', 80, y + 30); // 26 ems: the whole column
    const last = line('议上', 80 + 12 * 16, y + 30 + 28);
    const speaker = line('某某省省长 张三丰', 80 + 8.5 * 16, y + 30 + 56);
    const out = blocks([...lines, full, last, speaker, ...body([LONG], y + 130).lines]);
    expect(out.map((b) => b.text)).toEqual([LONG, LONG, full.text + '议上', speaker.text, LONG]);
  });

  it('finds the title over two lines in the largest type of the first page, below a masthead', () => {
    const masthead = line('某某省交通运输厅文件', 150, 90, 1, 30);
    const t1 = line('某某省交通运输厅关于做好2025年度', 120, 200, 1, 22);
    const t2 = line('农村公路养护工作的通知', 180, 234, 1, 22);
    const { lines } = body([LONG, LONG], 300);
    const out = blocks([masthead, t1, t2, ...lines]);
    expect(out[0]).toMatchObject({ kind: 'p', text: '某某省交通运输厅文件' });
    expect(out[1]).toMatchObject({ kind: 'title', text: '某某省交通运输厅关于做好2025年度农村公路养护工作的通知' });
    expect(out.slice(2).map((b) => b.kind)).toEqual(['p', 'p']);
  });

  it('sets the centred lines heading a first page with nothing bigger (a body-size title, its date) as plain text', () => {
    const t1 = { ...line('THE FERRY SAFETY ACT OF 2020', 176, 90, 1, 16), bold: true };
    const t2 = { ...line('December 2020', 236, 150, 1, 16), bold: true };
    const { lines } = body([LONG, LONG], 200);
    const m = measure([t1, t2, ...lines]);
    expect([...titleLines([t1, t2, ...lines], m).masthead].map((l) => l.text)).toEqual(['THE FERRY SAFETY ACT OF 2020', 'December 2020']);
    expect(
      blocks([t1, t2, ...lines])
        .slice(0, 2)
        .map((b) => b.kind),
    ).toEqual(['p', 'p']);
  });

  it('has no title when nothing on the first page is set bigger than the body', () => {
    const { lines } = body([LONG, LONG]);
    const m = measure(lines);
    expect(titleLines(lines, m).title.size).toBe(0);
    expect(m.bodySize).toBe(16);
    expect(m.left).toBe(80);
  });

  it('keeps a paragraph whose bold lead makes its first line bold with the plain lines it runs on into', () => {
    // column 80–480, 12pt: "Note 1 to paragraph (g):" is bold, so is most of the first line
    const body = (t: string, y: number, x = 80) => ({ ...line(t, x, y, 1, 12), x2: 480 });
    const lines = [
      body('Operators must keep the revised manual on board for every flight of the airplane,', 200),
      { ...line('and must tell the crew of the change.', 80, 214, 1, 12) },
      { ...line('Note 1 to paragraph (g): Guidance for', 104, 242, 1, 12, true), x2: 470 },
      body('installing the software is given in the service bulletin named in this paragraph,', 256),
      { ...line('which operators may use.', 80, 270, 1, 12) },
      line('Flight Manual Revisions', 80, 298, 1, 12, true),
      body('Within thirty days the operator must revise the manual to add the new procedures.', 312, 104),
    ];
    const out = blocks(lines);
    expect(out.map((b) => [b.kind, b.text.slice(0, 12)])).toEqual([
      ['p', 'Operators mu'],
      ['p', 'Note 1 to pa'],
      ['heading', 'Flight Manua'],
      ['p', 'Within thirt'],
    ]);
  });

  it('keeps a bold heading paragraph whose number breaks at its dash with the plain lines under its hanging indent', () => {
    // an AD's heading: "The Boeing Company: Docket No. FAA–2020–0686; Product Identifier 2019–NM–035–AD." bold on its
    // first line only, its further lines indented under it
    const body = (t: string, y: number, x = 80) => ({ ...line(t, x, y, 1, 12), x2: 480 });
    const lines = [
      body('The FAA amends the section by removing the directive and adding the following new directive, to read:', 200),
      { ...line('and adding the following new AD:', 80, 214, 1, 12) },
      { ...line('The Boeing Company: Docket No. FAA–', 80, 242, 1, 12, true), x2: 472 },
      { ...line('2020–0686; Product Identifier 2019–', 100, 256, 1, 12), x2: 470 },
      line('NM–035–AD.', 100, 270, 1, 12),
      line('Comments Due Date', 80, 298, 1, 12, true),
      body('The FAA must receive comments on this AD action by September 21, 2020, as the notice says.', 312, 104),
    ];
    expect(blocks(lines).map((b) => [b.kind, b.text.slice(0, 12)])).toEqual([
      ['p', 'The FAA amen'],
      ['p', 'The Boeing C'],
      ['heading', 'Comments Due'],
      ['p', 'The FAA must'],
    ]);
  });

  it('keeps the short last line of a bold quotation indented on both sides (read as centred) in the quotation', () => {
    const prose = (text: string, y: number, x = 80, x2 = 496): TextLine => ({ ...line(text, x, y, 1, 12), x2 });
    const bold = (text: string, y: number, x2: number): TextLine => ({ ...line(text, 120, y, 1, 12, true), x2 });
    const lines = [
      prose('The enrolment form that the employee signed in the spring of that year also', 100),
      prose('provided as follows, in capitals and in bold type:', 116, 80, 330),
      bold('TO ENROLL IN OR CHANGE THE FOLLOWING PLANS YOU', 136, 456),
      bold('MUST MEET WITH A REPRESENTATIVE, WHO WILL BE', 152, 456),
      bold('AT THE ENROLLMENT SESSIONS.', 168, 290),
      prose('The form further provided that the employee was to check the deductions made', 188, 116),
      prose('from each paycheck and to report at once any mistake in them to the office.', 204, 80, 470),
    ];
    const out = blocks(lines).map((b) => [b.kind, b.text.slice(0, 14)]);
    expect(out).toEqual([
      ['p', 'The enrolment '],
      ['heading', 'TO ENROLL IN O'],
      ['p', 'The form furth'],
    ]);
  });
});
