/**
 * node --import tsx scripts/make-pdf-fixtures.ts [CASE...]
 * Prints tests/fixtures/pdf/<case>/source.html to source.pdf with Chromium (/usr/bin/chromium, or CHROMIUM_PATH):
 * A4, the margins of a Chinese 公文, and the running header / footer of the case's print.json ({page}, {pages}).
 * The PDFs are committed; rerun this after changing a source.html. Needs the CJK fonts the pages name (Noto CJK).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const DIR = join(import.meta.dirname, '../tests/fixtures/pdf');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Print {
  header?: string;
  footer?: string;
}

/** Chromium's header/footer template: its own tiny page, where pageNumber/totalPages are filled in. */
function template(text: string | undefined): string {
  if (!text) return '<span></span>';
  const html = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{pages}', '<span class="totalPages"></span>');
  return `<div style="font: 9pt 'Noto Serif CJK SC', serif; width: 100%; text-align: center; margin: 0 20mm">${html}</div>`;
}

export async function printPdf(html: string, print: Print, launchPath = CHROMIUM): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: launchPath, headless: true });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      margin: { top: '37mm', bottom: '35mm', left: '28mm', right: '26mm' },
      displayHeaderFooter: !!(print.header || print.footer),
      headerTemplate: template(print.header),
      footerTemplate: template(print.footer),
      printBackground: true,
    });
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const cases = readdirSync(DIR).filter((c) => existsSync(join(DIR, c, 'source.html')) && (!only.length || only.includes(c)));
  for (const c of cases) {
    const dir = join(DIR, c);
    const print: Print = existsSync(join(dir, 'print.json')) ? JSON.parse(readFileSync(join(dir, 'print.json'), 'utf8')) : {};
    const pdf = await printPdf(readFileSync(join(dir, 'source.html'), 'utf8'), print);
    writeFileSync(join(dir, 'source.pdf'), pdf);
    console.log(`${c}/source.pdf ${Math.round(pdf.length / 1024)} KB`);
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
