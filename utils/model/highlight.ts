/** A highlight and the selectors it is found again by (utils/anchoring). */

export interface HighlightSelectors {
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  outlinePath: string[];
}

export interface Highlight {
  id: string;
  clipId: string;
  url: string;
  selectors: HighlightSelectors;
  color: string;
  note: string;
  createdAt: number;
  updatedAt: number;
}
