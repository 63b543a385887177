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

export const en = {
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
} as const;
