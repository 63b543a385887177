/**
 * Highlights deleted from a live page's note frame, kept in the background for a short while so the frame's Undo
 * can put the very row back (note included). Undo names the id only: the row comes from here, never from the frame.
 */
import type { Highlight } from '../model';

export class RecentlyDeleted {
  private rows = new Map<string, { row: Highlight; at: number }>();

  /** `ttl`: longer than the 8 s the Undo is offered, for a slow answer; a sleeping worker forgets anyway. */
  constructor(private readonly ttl = 60_000) {}

  remember(row: Highlight, now = Date.now()): void {
    for (const [id, e] of this.rows) if (now - e.at > this.ttl) this.rows.delete(id);
    this.rows.set(row.id, { row, at: now });
  }

  /** The row deleted under this id within the time, once. */
  take(id: string, now = Date.now()): Highlight | undefined {
    const e = this.rows.get(id);
    this.rows.delete(id);
    return e && now - e.at <= this.ttl ? e.row : undefined;
  }
}
