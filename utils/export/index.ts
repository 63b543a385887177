/** The export layer: pure functions over plain data, runnable in the extension and under Node. */
export type { ExportBundle, ExportFile, FullBundle } from './types';
export { toMarkdown, toMarkdownZip, type MarkdownOptions } from './markdown';
export { toCsv, toClipsCsv, csvField, type CsvOptions } from './csv';
export { zipEntries } from './zip';
export { toHtml, escapeHtml, type HtmlOptions } from './html';
export { toCslJson, toCslItem, cslType, type CslItem } from './csl';
export { toDocx, type DocxOptions } from './docx';
export { toBackupJson, fromBackupJson, readBackup, type BackupOptions, type ParsedBackup } from './backup/format';
export { BackupError, type BackupErrorCode } from './backup/error';
export { BACKUP_SCHEMA, BACKUP_VERSION, LIMITS as BACKUP_LIMITS } from './backup/schema';
