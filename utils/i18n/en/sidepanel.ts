export const sidepanel = {
} as const;
