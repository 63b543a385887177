import type { highlighter as en } from '../en/highlighter';

export const highlighter: Record<keyof typeof en, string> = {
};
