// Every area's English catalog; keys are prefixed with the area name ('library.search') so areas never collide.
import { attach } from './attach';
import { common } from './common';
import { exportDoc } from './export-doc';
import { exportCite } from './export-cite';
import { highlighter } from './highlighter';
import { library } from './library';
import { libpage } from './libpage';
import { options } from './options';
import { page } from './page';
import { pdf } from './pdf';
import { popup } from './popup';
import { reader } from './reader';
import { sidepanel } from './sidepanel';

// Built by a call marked pure, not a literal at the top: a bundle that never looks a sentence up (the outline script
// injected into pages) then leaves the whole catalogue out; bundlers keep a top-level spread, as spreading may run getters.
const catalog = () =>
  ({
    ...common,
    ...popup,
    ...page,
    ...library,
    ...libpage,
    ...reader,
    ...sidepanel,
    ...options,
    ...highlighter,
    ...exportDoc,
    ...exportCite,
    ...pdf,
    ...attach,
  }) as const;

export const en: ReturnType<typeof catalog> = /* @__PURE__ */ catalog();
