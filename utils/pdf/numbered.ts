/** A line that opens with a number (第三条, 一、, (a), Section 5, § 2): a paragraph or a heading starts there. */
export const OPENS_NUMBERED = new RegExp(
  '^(?:' +
    [
      /第[一二三四五六七八九十百千零〇\d]+[编章节条款]/,
      /[一二三四五六七八九十]+、/,
      /[（(][一二三四五六七八九十\d]+[)）]/,
      /\d+[.．、]\s*\S/,
      /[（(][a-z]{1,3}[)）]\s/,
      /(?:Section|Sec\.|Article|Art\.|Part|Chapter|Title|Schedule|Rule)\s+[\dIVXLC]+[A-Z]?\b/,
      /§+\s*\d/,
    ]
      .map((r) => r.source)
      .join('|') +
    ')',
);
