export const highlighter = {
} as const;
