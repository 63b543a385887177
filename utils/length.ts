/**
 * A clip's length as a reader counts it: Chinese (and Japanese, Korean) text in characters (字), other text in words.
 * The script is read from the clip's own title and excerpt, not its declared `lang`: many pages declare none, or
 * declare the site's language, and a 992-character Chinese article was shown as "180 words".
 */
import { getLocale, t, type Locale } from './i18n';

export type LengthUnit = 'chars' | 'words';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const LATIN_WORD = /\p{Script=Latin}+/gu;

/** Which unit fits a sample of the text: a CJK character weighs as much as a Latin word, and the larger side wins. */
export function lengthUnit(sample: string): LengthUnit {
  const cjk = sample.match(CJK)?.length ?? 0;
  const words = sample.match(LATIN_WORD)?.length ?? 0;
  return cjk > 0 && cjk >= words ? 'chars' : 'words';
}

/** `charCount` is the text without whitespace; an English word with its punctuation is ~5.5 of those. */
export function lengthCount(charCount: number, unit: LengthUnit): number {
  return unit === 'chars' ? charCount : Math.max(1, Math.round(charCount / 5.5));
}

/** "3,512 字" / "1,234 词" in Chinese, "3,512 characters" / "1,234 words" in English: exact, grouped, translated. */
export function formatClipLength(clip: { charCount: number; title: string; excerpt: string }, locale: Locale = getLocale()): string {
  const unit = lengthUnit(`${clip.title} ${clip.excerpt}`);
  const n = lengthCount(clip.charCount, unit);
  const key =
    unit === 'chars'
      ? n === 1
        ? 'library.length.chars.one'
        : 'library.length.chars.other'
      : n === 1
        ? 'library.length.words.one'
        : 'library.length.words.other';
  return t(key, { n: new Intl.NumberFormat(locale).format(n) });
}
