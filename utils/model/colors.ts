/**
 * The one highlight colour set: names, and how each is shown. Screens paint translucent over the text (`paint`);
 * swatches and borders are the same hue solid (`swatch`); exports and print use a light solid fill (`fill`) that
 * prints without transparency and keeps black text readable.
 */

export const COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof COLORS)[number];

export interface ColorValues {
  /** translucent, over page text on screen */
  paint: string;
  /** solid, the same hue: swatches, borders */
  swatch: string;
  /** light solid fill for exports and print (6 hex digits, no '#': docx wants it bare) */
  fill: string;
}

export const COLOR_SET: Record<HighlightColor, ColorValues> = {
  yellow: { paint: 'rgba(255, 212, 0, 0.45)', swatch: '#ffd400', fill: 'FFF3B0' },
  green: { paint: 'rgba(80, 200, 90, 0.38)', swatch: '#50c85a', fill: 'D5F0D5' },
  blue: { paint: 'rgba(70, 150, 255, 0.35)', swatch: '#4696ff', fill: 'D6E4FD' },
  pink: { paint: 'rgba(255, 90, 160, 0.35)', swatch: '#ff5aa0', fill: 'FADBEA' },
};

/** Screen paint values by colour (what the painters and pickers draw with). */
export const COLOR_VALUES: Record<HighlightColor, string> = {
  yellow: COLOR_SET.yellow.paint,
  green: COLOR_SET.green.paint,
  blue: COLOR_SET.blue.paint,
  pink: COLOR_SET.pink.paint,
};

export const isColor = (c: unknown): c is HighlightColor => typeof c === 'string' && (COLORS as readonly string[]).includes(c);

/** A stored colour as one of the set: rows are plain strings (older data, imports), unknown ones show as yellow. */
export const colorOf = (c: unknown): HighlightColor => (isColor(c) ? c : 'yellow');
