/**
 * A legislative instrument made by a statutory body names it in its making clause, near the top: `2. The Repatriation
 * Medical Authority under subsection 196B(2) of the Veterans' Entitlements Act 1986: (a) revokes …; (b) determines …`,
 * `The Australian Communications and Media Authority makes the following determination under section 7 …`,
 * `The Reserve Bank Board, under section 12 of the Act, makes these rules.` That body is the instrument's issuer —
 * not the department that administers it nor the register that publishes it.
 */
const NAME =
  "((?:[A-Z][\\w'’&-]*\\s+(?:and\\s+|of\\s+|for\\s+)?){0,7}(?:Authority|Commission|Board|Tribunal|Agency|Commissioner|Registrar|Regulator|Corporation|Council|Committee))";
const UNDER =
  '(?:under|in exercise of|pursuant to)\\s+(?:the\\s+powers?\\s+(?:conferred\\s+)?(?:by|in)\\s+)?(?:sub)?(?:section|regulation|paragraph|clause|rule)s?\\b';
const VERB = '(?:makes|determines|revokes|declares|issues|gives|approves|varies)';
// `The X under section N …: (a) revokes …` / `The X, under section N, makes …` / `The X makes the following …`
const MAKING = new RegExp(
  `^(?:\\d{1,2}\\.?\\s+)?The\\s+${NAME},?\\s+(?:${UNDER}[^:]{0,200}?(?::$|,?\\s+${VERB}\\b)|${VERB}\\s+(?:the following|this|these)\\b)`,
);
const VERB_LINE = new RegExp(`^\\(?[a-z0-9]{1,3}\\)?\\s*${VERB}\\b`);

/** The body an instrument's making clause names, or ''. */
export function readMakingBody(lines: string[]): string {
  for (const [i, line] of lines.slice(0, 400).entries()) {
    const m = MAKING.exec(line);
    if (!m) continue;
    // a clause ending in a colon names what the body does on the lines that follow: (a) revokes …
    if (line.endsWith(':') && !lines.slice(i + 1, i + 4).some((l) => VERB_LINE.test(l))) continue;
    return m[1]!.trim();
  }
  return '';
}
