/** The tree an outline's flat list of levels describes, for the popup's tree view: who is whose parent, what shows. */

export interface TreeModel {
  /** index of the parent entry, -1 for top-level entries */
  parent: number[];
  /** index just past the entry's last descendant */
  end: number[];
  /** 1-based depth in the tree (levels may skip: a level-3 entry under a level-1 one is at depth 2) */
  depth: number[];
  setSize: number[];
  posInSet: number[];
}

export function buildTreeModel(entries: readonly { level: number }[]): TreeModel {
  const n = entries.length;
  const m: TreeModel = { parent: [], end: new Array<number>(n).fill(n), depth: [], setSize: [], posInSet: [] };
  const stack: number[] = [];
  const children = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const level = entries[i]!.level;
    while (stack.length && entries[stack[stack.length - 1]!]!.level >= level) m.end[stack.pop()!] = i;
    const p = stack.length ? stack[stack.length - 1]! : -1;
    m.parent.push(p);
    m.depth.push(stack.length + 1);
    const pos = (children.get(p) ?? 0) + 1;
    children.set(p, pos);
    m.posInSet.push(pos);
    stack.push(i);
  }
  for (let i = 0; i < n; i++) m.setSize.push(children.get(m.parent[i]!) ?? 1);
  return m;
}

export const hasChildren = (m: TreeModel, i: number): boolean => (m.end[i] ?? 0) > i + 1;

/** Short outlines open fully; long ones (a big law) show only their first two levels. */
export function defaultExpanded(m: TreeModel, openAllUpTo = 60): Set<number> {
  const open = new Set<number>();
  const all = m.parent.length <= openAllUpTo;
  for (let i = 0; i < m.parent.length; i++) if (hasChildren(m, i) && (all || m.depth[i]! <= 1)) open.add(i);
  return open;
}

/** Indices of the entries shown: collapsed subtrees are skipped whole, so cost follows what is shown. */
export function visibleRows(m: TreeModel, expanded: ReadonlySet<number>): number[] {
  const rows: number[] = [];
  for (let i = 0; i < m.parent.length;) {
    rows.push(i);
    i = hasChildren(m, i) && !expanded.has(i) ? m.end[i]! : i + 1;
  }
  return rows;
}

/** The entry itself if shown, else its closest shown ancestor. */
export function shownAncestor(m: TreeModel, expanded: ReadonlySet<number>, i: number): number {
  let shown = i;
  for (let p = m.parent[i] ?? -1; p >= 0; p = m.parent[p]!) if (!expanded.has(p)) shown = p;
  return shown;
}
