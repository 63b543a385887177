import type { sidepanel as en } from '../en/sidepanel';

export const sidepanel: Record<keyof typeof en, string> = {
};
