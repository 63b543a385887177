/**
 * The issuer of a PDF that prints no 发文机关 field and no signature: a report, a budget or a company filing names its
 * issuer in a labelled line (预算主管部门：…, AGENCY: …) or at the head of its title, before the year it covers
 * (某某区人民政府2024年政府信息公开工作年度报告, 某某股份有限公司2018年第一季度报告); an English guideline or
 * briefing in its document-control table or opening sentence (issuer-en.ts). Used only when the page pipeline found
 * no issuer.
 */
import { openingBody, ratifyingBody } from './issuer-en';

const LABELLED =
  /(?:^|\n)\s*(?:预算主管部门|主管部门|编制部门|编制单位|发布单位|发布机关|发文机关|报告单位)\s*[:：]\s*([^\n：:，,。]{2,40}?)\s*(?=\n|$)/;

/** An agency's name after AGENCY:, without its abbreviation or department ("… (FAA), DOT."). */
const AGENCY = /(?:^|\n)\s*AGENCY:\s*([A-Z][A-Za-z.&' \n-]{2,80}?)\s*(?:\([A-Z]{2,8}\)|,|\.|;|\n\s*\n|$)/;

/** The names an organ's name ends in. */
const ORGAN =
  '(?:人民政府|人民代表大会常务委员会|委员会|办公厅|办公室|政府|局|厅|委|署|部|院|所|中心|集团|(?:股份)?有限(?:责任)?公司|公司|银行|大学|学院|学校|协会|学会|办事处)';

/** The organ a title opens with, before a year (2024年, 2024年度) or 关于. */
const TITLE_ORGAN = new RegExp(`^(.{2,30}?${ORGAN})(?=\\s*(?:\\d{4}\\s*年|关于))`);

/** An English cover's credit line: the office, then the kind of paper it wrote (U.S. Copyright Office Summary). */
const COVER_CREDIT =
  /(?:^|\s)((?!(?:The|This|Our|Annual|Final)\s)(?:U\.S\.|[A-Z][a-z]+)(?:\s+(?:of|the|and|for|on|[A-Z][a-z]+))*?\s+(?:Office|Department|Agency|Commission|Administration|Service|Board|Bureau|Council|Authority|Institute))\s+(?:Summary|Report|Memorandum|Analysis|Review|Overview|Guidance)\s*$/;

/**
 * A declaration, resolution or act names the body that made it on a line of its own under its title (National
 * Assembly of France, The General Assembly, Congress of the United States).
 */
const BODY_LINE =
  /^(?:The\s+)?((?:[A-Z][a-z]+\s+){0,3}(?:Assembly|Congress|Parliament|Convention|Senate|Legislature|Diet|Estates-General)(?:\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+){0,3})?),?$/;

export function pdfIssuer(title: string, text: string): string {
  const labelled = LABELLED.exec(text)?.[1] ?? AGENCY.exec(text)?.[1];
  if (labelled) return labelled.replace(/\s+/g, ' ').trim();
  // a guideline's document-control table: the body that ratified it
  const ratified = ratifyingBody(text);
  if (ratified) return ratified;
  const head = text.split('\n', 2);
  const cover = head.map((l) => COVER_CREDIT.exec(l.trim())?.[1]).find(Boolean);
  const body = head.map((l) => BODY_LINE.exec(l.trim())?.[1]).find(Boolean);
  return TITLE_ORGAN.exec(title.trim())?.[1] ?? cover ?? body ?? openingBody(text);
}
