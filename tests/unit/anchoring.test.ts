import { describe, expect, it } from 'vitest';
import { anchorInText, describeTextRange } from '../../utils/anchoring';
import { spanOf } from '../helpers/anchoring';
import { LAW, sel } from '../helpers/anchoring-law';

describe('anchorInText', () => {
  it('finds the stored position when the text is unchanged', () => {
    const s = sel(LAW, '给予警告，可以并处五万元以下的罚款');
    expect(anchorInText(LAW, s)).toEqual({ start: s.start, end: s.end, score: 1 });
  });

  it('follows a quote moved by text inserted before it', () => {
    const s = sel(LAW, '未按照规定报送统计资料的');
    const edited = LAW.replace('第一章　总则', '第一章　总则\n（2024年修订本，新增说明若干条）');
    const r = anchorInText(edited, s);
    expect(spanOf(edited, r)).toBe('未按照规定报送统计资料的');
    expect(r!.score).toBeGreaterThan(0.95);
  });

  it('finds a quote edited in a few characters, covering the edited text', () => {
    const s = sel(LAW, '发挥统计在了解国情国力、服务经济社会发展中的重要作用');
    const edited = LAW.replace('服务经济社会发展', '服务高质量发展');
    expect(spanOf(edited, anchorInText(edited, s))).toBe('发挥统计在了解国情国力、服务高质量发展中的重要作用');
  });

  it('ignores whitespace changes and returns offsets in the original text', () => {
    const s = sel(LAW, '第十四条　统计机构应当依法公布统计资料');
    const edited = LAW.replace('第十四条　统计机构', '第十四条 统计\n机构').replace(/\n第十四条/, '\n\n  第十四条');
    const r = anchorInText(edited, s);
    expect(spanOf(edited, r)).toBe('第十四条 统计\n机构应当依法公布统计资料');
    expect(r!.score).toBeGreaterThan(0.9);
  });

  it('treats full-width and half-width punctuation and letters alike', () => {
    const text = '根据《条例》第3条（一）项：申请人应当提交ＩＣＰ备案号，并在5日内答复；逾期不答复的，视为同意！';
    const s = sel(text, '（一）项：申请人应当提交ＩＣＰ备案号，并在5日内答复；');
    const edited = text
      .replace(/（/g, '(')
      .replace(/）/g, ')')
      .replace(/：/g, ':')
      .replace(/，/g, ',')
      .replace(/；/g, ';')
      .replace('ＩＣＰ', 'ICP')
      .replace('！', '!');
    expect(spanOf(edited, anchorInText(edited, s))).toBe('(一)项:申请人应当提交ICP备案号,并在5日内答复;');
  });

  it('tells repeated quotes apart by their prefix and suffix', () => {
    const s = sel(LAW, '由县级以上人民政府统计机构责令改正，给予警告', 1); // the one in 第十三条
    const edited = `前言：本次修订调整了罚款数额。\n${LAW}`;
    const r = anchorInText(edited, s);
    expect(spanOf(edited, r)).toBe('由县级以上人民政府统计机构责令改正，给予警告');
    expect(r!.start).toBeGreaterThan(edited.indexOf('第十三条'));
    const first = sel(LAW, '由县级以上人民政府统计机构责令改正，给予警告', 0);
    expect(anchorInText(edited, first)!.start).toBeLessThan(edited.indexOf('第十三条'));
  });

  it('returns null for a deleted clause even when a near-identical clause remains', () => {
    const s = sel(
      LAW,
      '单位违反本法规定，未按照规定报送统计资料的，由县级以上人民政府统计机构责令改正，给予警告，可以并处五万元以下的罚款。',
    );
    const without12 = LAW.split('\n')
      .filter((l) => !l.startsWith('第十二条'))
      .join('\n');
    expect(anchorInText(without12, s)).toBeNull();
    // The same with 第十三条 rewritten to read almost like the old 第十二条.
    const lookalike = without12.replace('个人违反本法规定，拒绝提供统计资料的', '个人违反本法规定，未按照规定提供统计资料的');
    expect(anchorInText(lookalike, s)).toBeNull();
  });

  it('returns null for a short quote whose text is gone', () => {
    const s = sel(LAW, '国家统计调查项目');
    expect(anchorInText(LAW.replace('国家统计调查项目、', ''), s)).toBeNull();
  });

  it('anchors a law article whose number changed after a new article was inserted', () => {
    const s = sel(LAW, '统计机构应当依法公布统计资料，接受社会公众的监督。');
    const edited = LAW.replace('第十四条', '第十五条').replace('\n第十五条', '\n第十四条　新增条文：统计资料应当按规定保存。\n第十五条');
    expect(spanOf(edited, anchorInText(edited, s))).toBe('统计机构应当依法公布统计资料，接受社会公众的监督。');
  });

  it('tells identical clauses apart by their different surroundings, and by position when those agree', () => {
    const clause = '由县级以上人民政府有关部门责令改正，给予警告，没收违法所得。';
    const filler = (n: number) => '本条所称主管部门，是指依照本法履行监督管理职责的部门。'.repeat(n);
    const text = `第二十条　违反本法规定，擅自改变设施用途的，${clause}\n${filler(40)}\n第三十条　违反本法规定，拒绝、阻碍监督检查的，${clause}`;
    const second = sel(text, clause, 1);
    const edited = `修订说明。\n${text}`;
    expect(anchorInText(edited, second)!.start).toBe(edited.lastIndexOf(clause));
    const first = sel(text, clause, 0);
    expect(anchorInText(edited, first)!.start).toBe(edited.indexOf(clause));
  });

  it('returns null rather than a far exact copy when the clause was edited in its own place', () => {
    const clause = '县级以上人民政府应当将统计调查纳入国民经济和社会发展规划';
    const filler = '本条所称主管部门，是指依照本法履行监督管理职责的部门。'.repeat(120);
    const text = `第一条　${clause}，并组织实施。\n${filler}\n第九十条　为此目的，${clause}，并组织实施。`;
    const s = sel(text, clause, 0);
    // Its own copy is heavily reworded; the far copy has the same words but other context on one side.
    const edited = text.replace(`第一条　${clause}`, '第一条　县级以上地方政府须把统计工作列入发展计划');
    expect(anchorInText(edited, s)).toBeNull();
  });

  it('returns null when identical copies (quote and both contexts) are told apart only by a stale position', () => {
    const formula = 'Regulations under this section may make different provision for different purposes.';
    const text = [
      '1 Interpretation',
      `(1) ${formula}`,
      '2 Offences',
      '(1) A person who fails to comply commits an offence.',
      `(2) ${formula}`,
      '3 Appeals',
    ].join('\n');
    const s = describeTextRange(text, text.indexOf('make different'), text.indexOf('make different') + 'make different'.length);
    // The context of both copies is the same 32 characters each side; the copy's position shifted, so null.
    const edited = `Preamble added by amendment.\n${text}`;
    expect(anchorInText(edited, s)).toBeNull();
    // Unedited, the stored position still holds the quote and is used.
    expect(anchorInText(text, s)!.start).toBe(s.start);
  });

  it('anchors a quote whose suffix crosses into a paragraph that was moved away', () => {
    const paras = [
      '第一条　为了加强统计管理，保障统计资料的真实性、准确性，制定本法。',
      '第二条　县级以上人民政府统计机构应当依法公布统计资料，接受社会公众的监督。',
      '第三条　统计调查项目包括国家统计调查项目、部门统计调查项目和地方统计调查项目。',
      '第四条　单位违反本法规定，未按照规定报送统计资料的，由统计机构责令改正。',
    ];
    const text = paras.join('\n');
    const s = sel(text, '接受社会公众的监督。'); // its suffix is the start of 第三条
    // 第三条 is moved to the end, and text before 第二条 grows, so the stored position no longer holds the quote.
    const edited = [paras[0] + '（修订）', paras[1], paras[3], paras[2]].join('\n');
    expect(spanOf(edited, anchorInText(edited, s))).toBe('接受社会公众的监督。');
  });

  it('anchors the main part of a highlight spanning two paragraphs after the paragraph after it was moved far away', () => {
    const filler = (i: number) => `第${i}条　本条所称主管部门，是指依照本法第${i}条履行监督管理职责的部门。`;
    const body = Array.from({ length: 60 }, (_, i) => filler(i + 10));
    const a = '第五条　县级以上人民政府应当将统计调查纳入国民经济和社会发展规划，并保障所需经费。';
    const b = '第六条　统计机构应当依法公布统计资料，接受社会公众的监督。';
    const text = [a, b, ...body].join('\n');
    const from = text.indexOf('应当将统计调查');
    const s = describeTextRange(text, from, text.indexOf(b) + '第六条　统计机构'.length); // ends inside 第六条
    // 第六条 moves to the end: the quote as a whole exists nowhere; its part in 第五条 is still in place.
    const edited = ['（前言）', a, ...body, b].join('\n');
    expect(spanOf(edited, anchorInText(edited, s))).toBe('应当将统计调查纳入国民经济和社会发展规划，并保障所需经费。');
  });

  it('anchors a highlight whose suffix was edited while its prefix and quote are intact', () => {
    const s = sel(LAW, '统计调查项目包括国家统计调查项目');
    const edited = LAW.replace('第一章　总则', '第一章　总则（修订）').replace(
      '、部门统计调查项目和地方统计调查项目',
      '、部门统计调查和地方调查',
    );
    expect(spanOf(edited, anchorInText(edited, s))).toBe('统计调查项目包括国家统计调查项目');
  });

  it('handles empty and degenerate input', () => {
    const s = sel(LAW, '统计');
    expect(anchorInText('', s)).toBeNull();
    expect(anchorInText(LAW, { ...s, quote: '' })).toBeNull();
    expect(anchorInText(LAW, { ...s, quote: '   ' })).toBeNull();
    expect(anchorInText(LAW, { ...s, start: -5, end: 999_999 })).not.toBeNull();
    expect(anchorInText(LAW, { ...s, start: Number.NaN, end: Number.NaN })).not.toBeNull();
    expect(anchorInText('统', { quote: '统计机构', prefix: '', suffix: '', start: 0, end: 4 })).toBeNull();
  });
});
