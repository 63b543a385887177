/** The hostile law page of privacy.e2e.ts: its source, the passages highlighted and the secrets the page must not see. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES } from './harness';

export const LAW_HTML = readFileSync(join(PAGES, 'zh-law-in-notice', 'source.html'), 'utf8');
export const PATH = '/hostile-law/';
export const GREEN = '（二）种植高秆农作物、芦苇和树木；';
export const NOTED = '第六条　在河道管理范围内采砂，应当经河道主管机关批准，按照批准的范围和作业方式开采。';
/** The text map folds the ideographic space: how NOTED is quoted and painted. */
export const NOTED_QUOTE = NOTED.replace('\u3000', ' ');
export const SECRET = 'Quiet xyzzy plan 42';
// Pieces that occur nowhere else in the page's text or the recorder's own code.
export const SECRETS = ['芦苇和树木', '采砂', '作业方式开采', 'xyzzy', 'Quiet', SECRET];
