// A line that is a file's name (某某办关于印发….pdf) names the download, not the title the page prints.
const FILE_NAME_LINE = /^[^\n]*\.(?:pdf|docx?|wps|xlsx?|zip|ofd)[ \t]*$/gim;

/** The text's lines without those that are file names, for the title's full-text checks. */
export const printedLines = (text: string): string => text.replace(FILE_NAME_LINE, '');
