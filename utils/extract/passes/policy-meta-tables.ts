/** The gov.cn metadata table (索引号, 发文字号, 成文日期…) is stored as fields (read with the head), not as article text. */
import { isPolicyMetaTable } from '../head/policy-table';
import type { BodyContext, Pass } from '../context';

export function removePolicyMetaTables(body: Element): void {
  for (const el of Array.from(body.querySelectorAll('table, ul, ol, dl'))) if (el.isConnected && isPolicyMetaTable(el)) el.remove();
}

export const policyMetaTables: Pass<BodyContext> = {
  name: 'policy-meta-tables',
  fixture: 'extract-passes.test.ts',
  run: (ctx) => removePolicyMetaTables(ctx.body),
};
