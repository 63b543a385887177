/**
 * Every zip the exports write goes through here. Entries are marked as made by Unix (`os: 3`): fflate sets the
 * UTF-8 name flag, but with "made by MS-DOS" Info-ZIP `unzip` (Linux, macOS terminals) still reads the names as
 * code page 437 and garbles Chinese file names.
 */
import { strToU8, zipSync, type ZipOptions, type Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  content: string | Uint8Array;
}

/** Zip dates must fall in 1980–2099; a pinned `now` keeps the archive reproducible. */
export function zipDate(now: number = Date.now()): Date {
  return new Date(Math.min(Math.max(now, 315_532_800_000), 4_102_444_800_000));
}

/** A regular file, rw-r--r--: with "made by Unix" the high 16 bits are the mode, and 0 would extract unreadable. */
const UNIX_FILE = 0o100644 * 0x10000;

export function zipEntries(entries: readonly ZipEntry[], opts: { now?: number; level?: ZipOptions['level'] } = {}): Uint8Array {
  const mtime = zipDate(opts.now);
  const files: Zippable = {};
  for (const e of entries) {
    files[e.name] = [typeof e.content === 'string' ? strToU8(e.content) : e.content, { mtime, os: 3, attrs: UNIX_FILE }];
  }
  return zipSync(files, { level: opts.level ?? 6 });
}
