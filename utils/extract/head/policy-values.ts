/** Normalising the values of policy metadata fields: document numbers, dates in Arabic or Chinese numerals. */
import type { PolicyMeta } from '../../types';
import { toIsoDate } from './dates';
import { squash } from '../../dom/blocks';

export type PolicyField = keyof PolicyMeta;

const FULLWIDTH_DIGIT = /[０-９]/g;
const toAscii = (s: string) => s.replace(FULLWIDTH_DIGIT, (d) => String(d.charCodeAt(0) - 0xff10));

// People type the year brackets of a 文号 with whatever is at hand; the official form is 〔〕.
const YEAR_BRACKETS = /[[【(（〔［{｛〈<《]\s*(\d{4})\s*[\]】)）〕］}｝〉>》]/;

/** 国发[2019]8号 / 国发（2019）8号 / 国发 〔2019〕 8 号 → 国发〔2019〕8号; 第N号 forms are kept as printed. */
export function normaliseDocNumber(raw: string): string {
  return toAscii(raw)
    .replace(/[\s\u00a0\u3000\u200b]+/g, '')
    .replace(YEAR_BRACKETS, '〔$1〕');
}

/** Shape of a 发文字号 after normalisation: prefix + 〔year〕 + number, or an order number …令第N号 / 第N号. */
const DOC_NUMBER = /^(?:[\u4e00-\u9fa5A-Za-z]{1,20}〔\d{4}〕第?\d{1,5}号|[\u4e00-\u9fa5]{0,20}第\d{1,5}号)$/;

export function isDocNumber(s: string): boolean {
  return DOC_NUMBER.test(s);
}

const CN_DIGIT: Record<string, number> = {
  〇: 0,
  '○': 0,
  零: 0,
  Ｏ: 0,
  O: 0,
  '0': 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一…三十一 (also 廿/卅) → number; NaN when not a small Chinese numeral. */
function cnSmall(s: string): number {
  const t = s.replace('廿', '二十').replace('卅', '三十');
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(t);
  if (!m || (!m[1] && !m[2] && !m[3]) || (m[1] && m[3] && !m[2])) return NaN;
  const tens = m[2] ? (m[1] ? CN_DIGIT[m[1]]! : 1) : 0;
  const units = m[2] ? (m[3] ? CN_DIGIT[m[3]]! : 0) : CN_DIGIT[m[1]!]!;
  return tens * 10 + units;
}

/** 2018年12月29日 (spaces allowed); full-width digits are made ASCII first (toAsciiDigits). */
export const ARABIC_DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;

export const toAsciiDigits = (s: string) => s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));

export const CN_DATE =
  /([〇○零ＯO0一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十廿卅]{1,3})\s*日/;

/** 一九九七年四月八日 / 二〇一八年十二月二十九日 → ISO, or ''. */
export function cnDateToIso(s: string): string {
  const m = CN_DATE.exec(s);
  if (!m) return '';
  const year = Array.from(m[1]!, (c) => CN_DIGIT[c]).join('');
  const [mo, d] = [cnSmall(m[2]!), cnSmall(m[3]!)];
  if (Number.isNaN(mo) || Number.isNaN(d)) return '';
  return toIsoDate(`${year}年${mo}月${d}日`);
}

/** A date as printed on a policy page (Arabic, full-width or Chinese numerals) → YYYY-MM-DD, or ''. */
export function policyDate(s: string): string {
  return toIsoDate(toAscii(s)) || cnDateToIso(s);
}

// Placeholders CMSs print in empty cells; storing them would look like real values.
const PLACEHOLDER = /^(?:无|暂无|空|null|undefined|[-—–_/／\\.·…]+)$/i;

/** The field's value in canonical form, or '' when it is not a believable value for that field. */
export function cleanPolicyValue(field: PolicyField, raw: string): string {
  // Some CMSs repeat the label inside the value (<meta name="source" content="来源：新华社">), and a value run
  // on one line ends where the next "编辑：" / "时间：" label begins.
  const v = squash(raw)
    .replace(/^(?:信息来源|来源|出处|作者)\s*[:：]\s*/, '')
    .replace(/\s+[\u4e00-\u9fa5]{1,6}\s*[:：].*$/, '');
  if (!v || PLACEHOLDER.test(v) || v.length > 120) return '';
  switch (field) {
    case 'writtenDate':
    case 'publishDate':
      return policyDate(v);
    case 'docNumber': {
      // Latin numbers (No 6/2002, H.R. 547) keep their spaces; only Chinese 文号 are normalised.
      // a bracket the CMS left from "(沪发改规范〔2019〕7号)" on one side only is no part of the number
      // and a number printed wholly in brackets under the title, "(川发改价格〔2025〕480号)", is the number inside
      const one = v
        .replace(/^[(（]([^()（）]+)[)）]$/, '$1')
        .replace(/^[(（](?!.*[)）])/, '')
        .replace(/(?<![(（].*)[)）]$/, '');
      const n = /[\u4e00-\u9fa5]/.test(one) ? normaliseDocNumber(one) : one;
      return /\d/.test(n) && n.length <= 40 ? n : '';
    }
    case 'indexNumber': {
      const n = toAscii(v).replace(/\s+/g, '');
      return /\d/.test(n) && n.length <= 60 ? n : '';
    }
    case 'issuer':
      // a joint order's seven organs in full, joined with 、, run longer than one name or a sentence-like value
      return v.length <= 80 || v.split('、').every((p) => /^[\u4e00-\u9fa5]{2,30}$/.test(p)) ? v : '';
    default:
      return v.length <= 80 ? v : '';
  }
}
