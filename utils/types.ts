/** The page and clip types moved to utils/model/clip.ts; re-exported for the UI and extraction, importers move in the components step. */
export * from './model/clip';
