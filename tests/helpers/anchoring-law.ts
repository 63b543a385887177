/** A statute excerpt with an outline, and selectors in it, shared by anchoring.test.ts and anchoring-describe.test.ts. */
import { describeTextRange } from '../../utils/anchoring';

export const LAW = [
  '第一章　总则',
  '第一条　为了加强统计管理，保障统计资料的真实性、准确性、完整性和及时性，发挥统计在了解国情国力、服务经济社会发展中的重要作用，制定本法。',
  '第二条　本法适用于各级人民政府、县级以上人民政府统计机构和有关部门组织实施的统计活动。',
  '第十一条　统计调查项目包括国家统计调查项目、部门统计调查项目和地方统计调查项目。',
  '第十二条　单位违反本法规定，未按照规定报送统计资料的，由县级以上人民政府统计机构责令改正，给予警告，可以并处五万元以下的罚款。',
  '第十三条　个人违反本法规定，拒绝提供统计资料的，由县级以上人民政府统计机构责令改正，给予警告，可以并处一万元以下的罚款。',
  '第十四条　统计机构应当依法公布统计资料，接受社会公众的监督。',
].join('\n');

/** Describe the first occurrence of `quote` in `text`. */
export function sel(text: string, quote: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`not in text: ${quote}`);
  return describeTextRange(text, at, at + quote.length, ['第一章']);
}
