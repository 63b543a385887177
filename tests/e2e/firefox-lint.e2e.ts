/**
 * Mozilla's add-on linter on the Firefox build: 0 errors. The warnings it gives are listed so a new one shows up in
 * the log; all are innerHTML assignments inside DOMPurify, Readability (on the page's clone), Preact's
 * dangerouslySetInnerHTML (unused by our components) and our own writes of DOMPurify output.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './harness';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  count: number;
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

/**
 * PDF.js (bundled for reading PDFs) holds `Function(…)` twice: a probe whether eval is allowed, and a PostScript
 * function compiler used only when `isEvalSupported`, which the extension sets to false (utils/clipper/pdf-read.ts);
 * the extension's CSP forbids eval as well. Only those lines are let through.
 */
function pdfjsEval(w: LintMessage): boolean {
  if (w.code !== 'DANGEROUS_EVAL' || !w.file || !w.line) return false;
  const line = readFileSync(join(ROOT, '.output', 'firefox-mv2', w.file), 'utf8').split('\n')[w.line - 1] ?? '';
  return /isEvalSupported/.test(line) || /try\{return Function\(``\),!0\}catch/.test(line);
}

/**
 * mammoth's dependencies, in Firefox's one-file background page since Word files are read there too, hold three
 * more, none of them reached: underscore's last-resort global lookup (`Function('return this')`, after `self` and
 * `global`), underscore's `_.template` compiler (mammoth never calls it) and the setImmediate polyfill's branch for a
 * string callback (jszip passes functions). Matched by their shape around the reported column, minified names aside.
 */
function mammothEval(w: LintMessage): boolean {
  if (w.code !== 'DANGEROUS_EVAL' || !w.file || !w.line) return false;
  const line = readFileSync(join(ROOT, '.output', 'firefox-mv2', w.file), 'utf8').split('\n')[w.line - 1] ?? '';
  const at = line.slice(Math.max(0, (w.column ?? 0) - 200), (w.column ?? 0) + 100);
  return (
    /self\.self===self&&self\|\|typeof global==`object`&&global\.global===global&&global\|\|Function\(`return this`\)\(\)/.test(at) ||
    /=Function\(\w+,`_`,\w+\)/.test(at) ||
    /typeof \w+!=`function`&&\(\w+=Function\(``\+\w+\)\)/.test(at)
  );
}

describe('web-ext lint (Firefox build)', () => {
  it('reports no errors', { timeout: 180_000 }, () => {
    // the e2e script builds the Chrome targets only; the Firefox build is quick (same lock as every build)
    execFileSync(bin('wxt'), ['build', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore' });
    let out: string;
    try {
      out = execFileSync(bin('web-ext'), ['lint', '-s', join(ROOT, '.output', 'firefox-mv2'), '-o', 'json', '--no-config-discovery'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? ''); // web-ext exits non-zero on errors; the JSON says which
    }
    const report = JSON.parse(out) as LintReport;
    const show = (m: LintMessage) => `${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`;
    console.info(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
    for (const w of report.warnings) console.info(`  warning ${show(w)}`);
    assert.deepEqual(report.errors.map(show), []);
    // every warning so far is an innerHTML write reviewed by hand, or PDF.js's or mammoth's unreached eval; anything else needs a look
    assert.deepEqual(
      [...new Set(report.warnings.filter((w) => !pdfjsEval(w) && !mammothEval(w)).map((w) => w.code))].filter(
        (c) => c !== 'UNSAFE_VAR_ASSIGNMENT',
      ),
      [],
    );
  });
});
