/** The backup format in one place: writer and strict reader, schema, checks, errors, and the pure import-plan rules. */
export { toBackupJson, fromBackupJson, readBackup, type BackupOptions, type ParsedBackup } from './format';
export { BackupError, type BackupErrorCode } from './error';
export { BACKUP_SCHEMA, BACKUP_VERSION, LIMITS } from './schema';
export * from './plan';
export { dropDanglingLinks, remapLink } from './links';
