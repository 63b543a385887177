/** Test helpers: read an exported file back with a real client, and compare with a stored golden file. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { expect } from 'vitest';
import { fromBackupJson } from '../../utils/export/index';

export const bundleOf = (file: string) => fromBackupJson(readFileSync(new URL(file, import.meta.url), 'utf8'));
export const SAMPLE = '../fixtures/backup/sample.json';
export const TRICKY = '../fixtures/export/tricky.json';

/** Exact comparison with a stored file; UPDATE_GOLDEN=1 rewrites it (review the diff before committing). */
export function golden(name: string, actual: string): void {
  const url = new URL(`../fixtures/export/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN) writeFileSync(url, actual);
  expect(existsSync(url), `missing golden file ${name}: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(url, 'utf8'));
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export interface ReadDocx {
  /** mammoth's HTML; Word highlights become <mark> */
  html: string;
  /** mammoth's plain text */
  text: string;
  /** word/comments.xml: each comment's text by id */
  comments: Map<string, string>;
  /** word/document.xml: the text each comment is anchored on, by id */
  anchored: Map<string, string>;
  xml: string;
}

/** What Word users get: mammoth for the body, the comments read from the package as Word does. */
export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
  const buffer = Buffer.from(bytes);
  const html = (await mammoth.convertToHtml({ buffer }, { styleMap: ['highlight => mark'] })).value;
  const text = (await mammoth.extractRawText({ buffer })).value;
  const zip = unzipSync(bytes);
  const xml = strFromU8(zip['word/document.xml']!);
  const textOf = (part: string) => unescapeXml([...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
  const comments = new Map<string, string>();
  const commentsXml = zip['word/comments.xml'] ? strFromU8(zip['word/comments.xml']) : '';
  for (const m of commentsXml.matchAll(/<w:comment [^>]*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/g)) comments.set(m[1]!, textOf(m[2]!));
  const anchored = new Map<string, string>();
  for (const m of xml.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>([\s\S]*?)<w:commentRangeEnd w:id="\1"\/>/g))
    anchored.set(m[1]!, textOf(m[2]!));
  return { html, text, comments, anchored, xml };
}
