/**
 * Deterministic law-like texts for benchmarks: a Chinese statute (章, 条, （一）items) and an English Act
 * (Parts, sections, subsections). Sentences are assembled from slot fillers, so phrases repeat the way statutory
 * boilerplate does (责令改正，给予警告… / commits an offence…) without whole paragraphs being copies.
 */

import { cnNumber, prng } from './gen-basics';

// the same numerals as the law generator (checked equal for 1..9999 when the two copies were merged)
export { cnNumber, prng };

export type Rand = () => number;
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

// prettier-ignore
const CN = {
  subj: ['国务院', '县级以上地方人民政府', '国务院有关部门', '省、自治区、直辖市人民政府', '设区的市级人民政府', '生态环境主管部门', '市场监督管理部门', '各级人民政府', '有关行业协会', '乡镇人民政府和街道办事处', '县级以上人民政府统计机构', '网信部门', '公安机关', '企业事业单位和其他生产经营者', '公民、法人和其他组织'],
  obj: ['数据安全', '水污染防治', '安全生产', '个人信息保护', '统计调查', '土壤污染风险管控', '食品安全', '档案管理', '科学技术进步', '乡村振兴', '应急管理', '知识产权保护', '未成年人保护', '农产品质量安全', '消防安全', '公共文化服务', '职业病防治', '大气污染防治', '政府信息公开', '社会信用体系建设'],
  act: ['应当加强对{o}工作的监督管理', '应当建立健全{o}制度，明确责任分工', '负责本行政区域内的{o}工作', '应当依法履行{o}职责，接受社会监督', '应当鼓励和支持{o}领域的技术创新', '应当将{o}纳入国民经济和社会发展规划', '应当定期向社会公布{o}状况', '应当组织开展{o}宣传教育，增强全社会的{o}意识', '应当采取有效措施，防范和化解{o}风险', '应当会同有关部门制定{o}标准和技术规范', '应当保障{o}所需经费，并列入本级预算', '应当建立{o}信息共享机制，加强部门协作'],
  wrong: ['未按照规定报送有关资料', '拒绝、阻碍监督检查', '提供虚假材料骗取许可', '未依法履行{o}义务', '擅自改变{o}设施用途', '未建立{o}管理制度', '违反{o}技术规范进行作业', '隐瞒、谎报或者拖延报告{o}事故'],
  auth: ['县级以上人民政府有关部门', '生态环境主管部门', '市场监督管理部门', '县级以上人民政府统计机构', '有关主管部门'],
  extra: ['责令停产停业', '吊销相关许可证', '对直接负责的主管人员和其他直接责任人员依法给予处分', '构成犯罪的，依法追究刑事责任', '由公安机关处五日以上十日以下拘留'],
  aspect: ['规划编制', '标准制定', '监测评估', '信息公开', '应急处置', '监督检查', '宣传教育', '人才培养', '资金保障', '国际合作'],
  chapter: ['总则', '规划与标准', '监督管理', '保障措施', '防治措施', '信息公开与公众参与', '应急处置', '法律责任', '附则'],
};

function fill(r: Rand, template: string): string {
  return template.replace(/\{o\}/g, () => pick(r, CN.obj));
}

function cnSentence(r: Rand, liability: boolean): string {
  const k = liability ? 0.5 + r() * 0.25 : r() < 0.8 ? r() * 0.45 : 0.75 + r() * 0.25;
  if (k < 0.45) return `${pick(r, CN.subj)}${fill(r, pick(r, CN.act))}。`;
  if (k < 0.75) {
    // Penalty clauses share a formula, but real ones vary its parts (限期改正, 警告, 没收…), not only the slots.
    const lo = pick(r, [1, 2, 3, 5, 10, 20, 50]);
    const fix = pick(r, ['责令改正', '责令限期改正', '责令停止违法行为', '责令改正或者限期整改']);
    const also = pick(r, ['，给予警告', '，给予警告，没收违法所得', '，没收违法所得', '', '，通报批评']);
    const fine = `处${cnNumber(lo)}万元以上${cnNumber(lo * pick(r, [2, 5, 10]))}万元以下的罚款`;
    const then = r() < 0.5 ? `；拒不改正的，${fine}` : `，可以并${fine}`;
    const tail = r() < 0.6 ? `；情节严重的，${pick(r, CN.extra)}` : '';
    return `违反本法${pick(r, ['', '第' + cnNumber(int(r, 5, 90)) + '条'])}规定，${fill(r, pick(r, CN.wrong))}的，由${pick(r, CN.auth)}${fix}${also}${then}${tail}。`;
  }
  if (k < 0.9)
    return `本法所称${pick(r, CN.obj)}，是指${pick(r, CN.subj)}在${pick(r, CN.aspect)}活动中，依照法律、行政法规的规定所采取的${pick(r, CN.aspect)}措施。`;
  return `${pick(r, CN.subj)}可以根据本地实际，制定${pick(r, CN.obj)}的具体办法，报${pick(r, CN.subj)}备案。`;
}

/** A Chinese statute of at least `length` characters, one paragraph per line. */
export function chineseLaw(length: number, seed = 1): string {
  const r = prng(seed);
  const lines = [`中华人民共和国${pick(r, CN.obj)}法`];
  let size = lines[0]!.length;
  let article = 0;
  for (let ch = 1; size < length; ch++) {
    // Every fifth chapter is 法律责任, where the penalty boilerplate lives.
    const liability = ch % 5 === 0;
    lines.push(`第${cnNumber(ch)}章　${liability ? '法律责任' : pick(r, CN.chapter)}`);
    for (let a = int(r, 6, 14); a > 0 && size < length; a--) {
      const paras: string[] = [];
      paras.push(`第${cnNumber(++article)}条　${Array.from({ length: int(r, 1, 3) }, () => cnSentence(r, liability)).join('')}`);
      if (r() < 0.3) {
        paras[0] = `${paras[0]!.slice(0, -1)}，应当履行下列职责：`;
        const n = int(r, 3, 6);
        for (let i = 1; i <= n; i++)
          paras.push(
            `（${cnNumber(i)}）${pick(r, ['组织', '指导', '协调', '监督'])}${pick(r, CN.obj)}的${pick(r, CN.aspect)}工作${i === n ? '。' : '；'}`,
          );
      }
      if (r() < 0.35) paras.push(cnSentence(r, liability));
      for (const p of paras) size += p.length + 1;
      lines.push(...paras);
    }
  }
  return lines.join('\n');
}

// prettier-ignore
const EN = {
  actor: ['The Secretary of State', 'A local authority', 'The regulator', 'The Commissioner', 'A relevant person', 'The appropriate national authority', 'An enforcement officer', 'The operator of a regulated facility', 'The Welsh Ministers', 'A designated body', 'The Authority', 'A licence holder'],
  // Duties are formulae ("must have regard to", "may by regulations make provision about"), but a real Act attaches
  // them to different objects and cross-references ({n} = a section number, {d} = a number of days), so whole
  // 70-character passages rarely recur word for word; a pool of fixed sentences repeated them dozens of times.
  duty: ['must publish guidance about the exercise of functions under {ref}', 'may by regulations make provision about the keeping of records under {ref}', 'must have regard to the desirability of promoting competition in {market}', 'must prepare and publish a statement of policy on {ref}', 'may give a notice requiring the production of documents held under {ref}', 'must consult such persons as it considers appropriate before acting under {ref}', 'must lay a copy of the report under {ref} before Parliament', 'may not delegate functions conferred by {ref}', 'may charge such fees as are reasonable for {service}', 'must keep the arrangements under {ref} under review', 'may issue a code of practice about {service}', 'must notify the applicant of the decision within {d} days'],
  ref: ['section {n}', 'section {n}({k})', 'subsection ({k})', 'this Part', 'this section', 'Schedule {k}', 'sections {n} to {n}'],
  market: ['the supply of services', 'the provision of licences', 'regulated markets', 'the sector', 'the relevant area'],
  service: ['applications under section {n}', 'registration', 'inspections', 'the issue of certificates', 'advice given under section {n}'],
  subject: ['water quality', 'building safety', 'data protection', 'environmental permits', 'consumer credit', 'food hygiene', 'public procurement', 'waste management', 'energy efficiency', 'charitable trusts', 'rail franchising', 'port security', 'animal welfare', 'flood defences', 'social housing'],
  heading: ['Interpretation', 'General duties', 'Enforcement', 'Offences', 'Supplementary provision', 'Regulations', 'Information and reports', 'Penalties', 'Appeals'],
  wrong: ['fails without reasonable excuse to comply with a requirement imposed under section', 'knowingly or recklessly provides false information in response to a notice under section', 'intentionally obstructs a person exercising a power conferred by section', 'contravenes a prohibition imposed by regulations under section'],
  when: ['the notice was given', 'the application is determined', 'the report is published', 'the direction takes effect', 'the period of 28 days ends'],
};

/** Fill {ref}, {market}, {service}, {n} (a section number), {k} (a small number) and {d} (days) in an English template. */
function enFill(r: Rand, template: string, section: number): string {
  return template
    .replace(/\{(ref|market|service)\}/g, (_, slot: 'ref' | 'market' | 'service') => pick(r, EN[slot]))
    .replace(/\{n\}/g, () => String(int(r, 1, section + 3)))
    .replace(/\{k\}/g, () => String(int(r, 1, 6)))
    .replace(/\{d\}/g, () => String(pick(r, [7, 14, 21, 28, 30, 42, 56, 60, 90])));
}

function enSentence(r: Rand, section: number): string {
  const k = r();
  const subj = pick(r, EN.subject);
  if (k < 0.5)
    return `${pick(r, EN.actor)} ${enFill(r, pick(r, EN.duty), section)}${r() < 0.7 ? ` relating to ${subj}` : ''}${r() < 0.3 ? ` before ${pick(r, EN.when)}` : ''}.`;
  if (k < 0.6) {
    // The offence formula recurs, but its parts vary as they do across an Act.
    const pen =
      r() < 0.6
        ? `on summary conviction to a fine not exceeding level ${int(r, 1, 5)} on the standard scale`
        : `on conviction on indictment to imprisonment for a term not exceeding ${int(r, 1, 7)} years, to a fine or to both`;
    return `A person who ${pick(r, EN.wrong)} ${int(r, 1, section + 3)} commits an offence${r() < 0.5 ? '' : ` in relation to ${subj}`} and is liable ${pen}.`;
  }
  if (k < 0.75)
    return `In this Part "${subj}" has the meaning given by section ${int(r, 1, 60)}(${int(r, 1, 6)})${r() < 0.4 ? `, read with section ${int(r, 1, 60)}` : ''}.`;
  // Real Acts say this of a particular power ("Regulations under section 12 may…"), not of "this section" every time.
  if (k < 0.87)
    return `Regulations under ${enFill(r, pick(r, EN.ref), section)} may make different provision for different ${pick(r, ['purposes', 'areas', 'cases', 'purposes or areas'])}, including in relation to ${subj}.`;
  return `${pick(r, EN.actor)} may by notice require ${pick(r, EN.actor).replace(/^The|^A|^An/, (a) => a.toLowerCase())} to provide information about ${subj} within ${int(r, 7, 90)} days.`;
}

/** An English Act of at least `length` characters, one subsection per line. */
export function englishAct(length: number, seed = 2): string {
  const r = prng(seed);
  const lines = [`${pick(r, EN.subject).replace(/^./, (c) => c.toUpperCase())} Act 2024`];
  let size = lines[0]!.length;
  let section = 0;
  for (let part = 1; size < length; part++) {
    lines.push(`PART ${part}`, pick(r, EN.heading).toUpperCase());
    for (let s = int(r, 5, 12); s > 0 && size < length; s--) {
      section++;
      const paras = [`${section} ${pick(r, EN.heading)}`];
      const n = int(r, 1, 5);
      for (let i = 1; i <= n; i++) paras.push(`(${i}) ${Array.from({ length: int(r, 1, 2) }, () => enSentence(r, section)).join(' ')}`);
      for (const p of paras) size += p.length + 1;
      lines.push(...paras);
    }
  }
  return lines.join('\n');
}
