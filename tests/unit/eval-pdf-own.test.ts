/**
 * `npm run eval` on real PDFs of the own corpus (tests/corpus/pdf/<case>/), read from a temporary corpus built from
 * our fixtures: the cases come from MANIFEST.tsv rows of set "pdf", they get their own line and summary rows, their
 * first look is recorded once in first-look.jsonl, and the HTML runner passes their folders by.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { corpusCases } from '../../scripts/lib/corpus';
import { ownPdfCases } from '../../scripts/lib/eval-pdf-own';
import { runPdfEval } from '../../scripts/lib/eval-pdf-report';
import { runOwnCorpus } from '../../scripts/lib/eval-own-run';

const FIX = join(import.meta.dirname, '..', 'fixtures');
let own: string;
let noFixtures: string;

/** A case folder copied from a fixture: its file and labels. */
function addCase(set: string, name: string, from: string, files: string[]): void {
  mkdirSync(join(own, set, name), { recursive: true });
  for (const f of files) copyFileSync(join(from, f), join(own, set, name, f));
}

beforeAll(() => {
  own = mkdtempSync(join(tmpdir(), 'cm-own-pdf-'));
  noFixtures = mkdtempSync(join(tmpdir(), 'cm-no-fixtures-'));
  addCase('pdf', 'notice-word', join(FIX, 'pdf', 'zh-notice-docx'), ['source.docx', 'ground-truth.json', 'outline.json']);
  addCase('pdf', 'notice-pdf', join(FIX, 'pdf', 'zh-notice'), ['source.pdf', 'ground-truth.json', 'outline.json']);
  mkdirSync(join(own, 'pdf', 'not-yet-collected'), { recursive: true }); // a row whose file has not arrived
  addCase('zh-live', 'page', join(FIX, 'pages', 'zh-outline-notice'), ['source.html']);
  const row = (c: string, set: string, url = '') => [c, set, 'repo', 'path', 'commit', 'license', url, '', 'helper', 'notes'].join('\t');
  writeFileSync(
    join(own, 'MANIFEST.tsv'),
    [
      'case\tset\torigin_repo\tpath\tcommit\tlicense\turl\ttranscoded_from\tlabeled_by\tnotes',
      row('notice-word', 'pdf', 'https://jtt.example.gov.cn/fj/notice.docx'),
      row('notice-pdf', 'pdf'),
      row('not-yet-collected', 'pdf'),
      row('page', 'zh-live'),
    ].join('\n'),
  );
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterAll(() => {
  vi.restoreAllMocks();
  rmSync(own, { recursive: true, force: true });
  rmSync(noFixtures, { recursive: true, force: true });
});

const firstLook = () =>
  readFileSync(join(own, 'first-look.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { key: string; at?: string; outlineF1?: number; fields: Record<string, number> });

describe('real PDFs in the own corpus', () => {
  it('reads the set "pdf" rows that have a file: PDF or Word, with the address the row gives', () => {
    const cases = ownPdfCases(own);
    expect(cases.map((c) => [c.name, c.kind])).toEqual([
      ['notice-word', 'docx'],
      ['notice-pdf', 'pdf'],
    ]);
    expect(cases[0]!.url).toBe('https://jtt.example.gov.cn/fj/notice.docx');
    expect(cases[1]!.url).toBe('https://corpus.invalid/pdf/notice-pdf.pdf');
  });

  it('the HTML runner passes a folder without source.html by instead of failing', () => {
    expect(corpusCases(own).map((c) => `${c.set}/${c.name}`)).toEqual(['zh-live/page']);
    const { results } = runOwnCorpus(own, {});
    expect(results.map((r) => `${r.set}/${r.name}`)).toEqual(['zh-live/page']);
  });

  it('scores them on their own line, and records each first look once (--first-look)', async () => {
    const rows = await runPdfEval({ fixturesDir: noFixtures, ownDir: own, firstLook: true });
    expect(rows.map((r) => r.what)).toEqual(['pdf  real outline F1 (2 docs)', 'pdf  real parent acc (2 docs)', 'pdf  real fields (10)']);
    expect(rows[0]!.ours).toBe(1);
    expect(rows[2]!.ours).toBe(1);
    expect(vi.mocked(console.log).mock.calls.flat().join('\n')).toMatch(/real PDFs \(own corpus\)\s+outline F1 1\.000/);
    const recorded = firstLook();
    expect(recorded.map((r) => r.key).sort()).toEqual(['pdf/notice-pdf', 'pdf/notice-word']);
    expect(recorded[0]).toMatchObject({ outlineF1: 1, at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(recorded[0]!.fields).toMatchObject({ title: 1, issuer: 1, doc_number: 1 });

    // again: nothing new is recorded, and without --first-look nothing at all
    await runPdfEval({ fixturesDir: noFixtures, ownDir: own, firstLook: true });
    await runPdfEval({ fixturesDir: noFixtures, ownDir: own });
    expect(firstLook()).toHaveLength(2);
  });

  it('narrows to one case by name or pdf/name, and leaves the fixtures out when asked for a real file', async () => {
    const rows = await runPdfEval({ ownDir: own, case: 'pdf/notice-word' });
    expect(rows.map((r) => r.what)).toEqual(['pdf  real outline F1 (1 docs)', 'pdf  real parent acc (1 docs)', 'pdf  real fields (5)']);
  });
});
