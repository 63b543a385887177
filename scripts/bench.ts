/**
 * npm run bench [-- --only NAME] — timings, printed as figures (never asserted in unit tests).
 * Sections: extraction (corpus, ours vs Readability), law (a generated 1,300-article law), outline (corpus),
 * anchoring (highlight re-anchoring robustness under random edits, and its speed), library (full-text search over
 * 10,000 clips and export of 1,000, in Node), libpage (the library page's first rows, sort and facet changes, Chromium).
 */
import { spawnSync } from 'node:child_process';
import { benchAnchoring } from './lib/bench-anchoring';
import { benchExtraction } from './lib/bench-extraction';
import { benchLaw } from './lib/bench-law';
import { benchLibrary } from './lib/bench-library';
import { benchLibPage } from './lib/bench-libpage';
import { benchOutline } from './lib/bench-outline';
import { benchPopup } from './lib/bench-popup';

const SECTIONS: Record<string, () => void | Promise<void>> = {
  extraction: benchExtraction,
  law: benchLaw,
  outline: benchOutline,
  anchoring: benchAnchoring,
  popup: benchPopup,
  library: benchLibrary,
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
