/**
 * npm run bench [-- --only NAME] — timings, printed as figures (never asserted in unit tests).
 * Sections: extraction (corpus, ours vs Readability), law (a generated 1,300-article law), outline (corpus),
 * anchoring (highlight re-anchoring robustness under random edits, and its speed), library (full-text search over
 * 10,000 clips and export of 1,000, in Node), popup (first render with 10,000 clips), popup-law (the popup's outline of
 * the generated law, preview and stored), export (1,000 clips with full text to Word and HTML), export-md (Markdown
 * export of 1,000 clips with full text, outline and highlights), pdf (the generated law printed to PDF and clipped,
 * per page), libpage (the library page's first rows, sort and facet changes, Chromium).
 */
import { spawnSync } from 'node:child_process';
import { benchAnchoring } from './lib/bench-anchoring';
import { benchExport } from './lib/bench-export';
import { benchExtraction } from './lib/bench-extraction';
import { benchExportMarkdown } from './lib/bench-export-md';
import { benchLaw } from './lib/bench-law';
import { benchLibrary } from './lib/bench-library';
import { benchLibPage } from './lib/bench-libpage';
import { benchOutline } from './lib/bench-outline';
import { benchPdf } from './lib/bench-pdf';
import { benchPopup } from './lib/bench-popup';
import { benchPopupLaw } from './lib/bench-popup-law';

const SECTIONS: Record<string, () => void | Promise<void>> = {
  extraction: benchExtraction,
  law: benchLaw,
  outline: benchOutline,
  pdf: benchPdf,
  anchoring: benchAnchoring,
  popup: benchPopup,
  'popup-law': benchPopupLaw,
  library: benchLibrary,
  export: benchExport,
  'export-md': benchExportMarkdown,
  libpage: benchLibPage,
};

const argv = process.argv.slice(2);
const i = argv.indexOf('--only');
if (i >= 0) {
  const name = argv[i + 1] ?? '';
  if (!(name in SECTIONS)) {
    console.error(`unknown section "${name}"; one of: ${Object.keys(SECTIONS).join(', ')}`);
    process.exit(2);
  }
  await SECTIONS[name]!();
} else {
  // Each section in a process of its own: jsdom's heap grows over hundreds of parses (closed windows included)
  // and one section's garbage and JIT state would skew, or exhaust, the next.
  let failed = 0;
  for (const name of Object.keys(SECTIONS)) {
    const r = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--only', name], { stdio: 'inherit' });
    if (r.status !== 0) failed++;
  }
  process.exitCode = failed ? 1 : 0;
}
