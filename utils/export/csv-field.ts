/** One CSV field for Excel, Numbers and LibreOffice (RFC 4180), and a table of them as a file Excel opens right. */

/**
 * Where a spreadsheet may start a new cell: the field's start, and — for Excel and LibreOffice in locales whose list
 * separator is ";" (or when a file is pasted or read as tab-separated) — after a ";", a Tab or a lone CR inside it.
 * A line feed is not one: quoted fields keep their line breaks in every spreadsheet, and a multi-line note's
 * "- item" lines stay as written.
 */
const CELL_START = /(?<=(?:^|[;\t\r]) *)(?=[=+\-@\t\r])/g;

/**
 * One field, always quoted (RFC 4180): a quoted ";" or Tab is not a cell break in any locale. Formula injection
 * guard: at every possible cell start (see CELL_START), a = + - @ Tab or CR (Excel skips the last two before a
 * formula), after any spaces, gets an apostrophe before it, so "Tenancy Act;=HYPERLINK(…)" shows as text instead of
 * running. A cost we accept: text such as "-5" or "+86 10" at a cell start shows with the apostrophe; numbers and
 * dates that start with a digit ("2024-01-02", "5-6") are untouched.
 */
export function csvField(value: string): string {
  return `"${value.replace(CELL_START, "'").replace(/"/g, '""')}"`;
}

/**
 * Rows as a file: UTF-8 with a BOM, without which Excel reads the file as the local code page and garbles Chinese;
 * CRLF line ends as RFC 4180 says.
 */
export function csvFile(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
