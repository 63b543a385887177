/** Moved to ./backup/schema.ts; re-exported for the UI (ImportPanel), importers move in the components step. */
export { BACKUP_SCHEMA, BACKUP_VERSION, LIMITS } from './backup/schema';
