/**
 * An agency's report in a numbered series prints the series on its cover, after the agency's name
 * (HM Revenue and Customs Research Report 361, Department for Education Research Report No. 12): the agency issues
 * it and the series number numbers it. Its imprint says the same in words (Published by HM Revenue and Customs, July 2015).
 */

/** The kinds of numbered series an agency publishes its studies in. */
const KIND =
  '(?:Research|Working|Discussion|Technical|Occasional|Policy|Statistical|Analytical|Briefing|Evaluation|Staff)\\s+(?:Report|Paper|Note|Series)';
const NAME = `(?:HM\\s+|The\\s+)?[A-Z][A-Za-z&'’.-]*(?:\\s+(?:of|and|for|the|&|[A-Z][A-Za-z&'’.-]*)){1,8}?`;
const SERIES = new RegExp(`^(${NAME})\\s+(${KIND}\\s+(?:No\\.?\\s*)?\\d{1,5})\\s*$`, 'm');
const PUBLISHED = new RegExp(
  `^Published\\s+by\\s+(${NAME})\\s*(?:,|\\.|\\s+(?:in\\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\\d{2})\\b)`,
  'm',
);

/** The agency and series number a cover's series line prints, '' for each it does not. */
export function seriesLine(head: string): { issuer: string; docNumber: string } {
  const m = SERIES.exec(head);
  if (m) return { issuer: m[1]!.replace(/\s+/g, ' '), docNumber: m[2]!.replace(/\s+/g, ' ') };
  return { issuer: PUBLISHED.exec(head)?.[1]?.replace(/\s+/g, ' ') ?? '', docNumber: '' };
}
