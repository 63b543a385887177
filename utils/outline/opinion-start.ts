/**
 * Where a court opinion's own text starts: the line after its caption that names who gives it (`Per Curiam:`,
 * `JUSTICE SOTOMAYOR delivered the opinion of the Court.`, `Opinion by Judge …`) or the panel that heard the case
 * (`Before Barksdale, Stewart, and Dennis, Circuit Judges.`, `Angela T. Quigless, P.J., … and James M. Dowd, J.`).
 * What is set off above it — the court's name, a FILED stamp, the docket number, a slip opinion's syllabus — is the
 * caption and its front matter, not the opinion's parts.
 */

const NAME = "[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+){0,3}";
const DELIVERED = new RegExp(`^(?:(?:CHIEF )?JUSTICE|(?:Chief )?Justice|JUDGE|Judge) ${NAME} delivered the opinion of the Court\\b`);
// with its stop (Per Curiam:, PER CURIAM.): a glossary prints the term "Per curiam" bare
const PER_CURIAM = /^per curiam[.:]\*?$/i;
const OPINION_BY = /^(?:OPINION BY|Opinion by)\b/;
const BEFORE = /^Before:? [A-Z].{0,160}\b(?:Circuit|District|Chief|Associate|Appellate)? ?Judges?\.?$/;
// a state court's panel line: each judge with his office (P.J., C.J., J.), the last after "and"
const JUDGE = "[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]*){1,3}, (?:P\\.J\\.|C\\.J\\.|J\\.|JJ\\.)";
const PANEL = new RegExp(`^(?:${JUDGE},? )+and ${JUDGE}$`);

export function opensOpinion(text: string): boolean {
  const t = text.trim();
  return DELIVERED.test(t) || PER_CURIAM.test(t) || OPINION_BY.test(t) || BEFORE.test(t) || PANEL.test(t);
}
