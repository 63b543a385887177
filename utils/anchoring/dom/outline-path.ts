/** Moved to utils/outline/path.ts (the exporters need it without the DOM folder); re-exported until importers move. */
export { entryLabel, headingOffsets, outlinePathAt } from '../../outline/path';
