import type { Db } from './database.js';

/**
 * `claimed`: someone is sending it now. `sent`, `empty` (no news that day) and `failed` (for good)
 * are final. `retry`: a transient failure; the next sweep claims it again with the same key.
 */
export type DeliveryStatus = 'claimed' | 'sent' | 'empty' | 'failed' | 'retry';

export interface Delivery {
  key: string;
  subscriptionId: number;
  localDate: string;
  status: DeliveryStatus;
  claimedBy: string;
  claimedAt: Date;
  completedAt: Date | null;
  messageId: string | null;
  articleCount: number | null;
  error: string | null;
}

export type ClaimResult =
  | { claimed: true; key: string; /** True when an earlier attempt may have reached the platform. */ retry: boolean }
  | { claimed: false; key: string; status: DeliveryStatus };

interface Row {
  key: string; subscription_id: number; local_date: string; status: DeliveryStatus; claimed_by: string; claimed_at: string;
  completed_at: string | null; message_id: string | null; article_count: number | null; error: string | null;
}

const fromRow = (r: Row): Delivery => ({
  key: r.key, subscriptionId: r.subscription_id, localDate: r.local_date, status: r.status, claimedBy: r.claimed_by,
  claimedAt: new Date(r.claimed_at), completedAt: r.completed_at ? new Date(r.completed_at) : null,
  messageId: r.message_id, articleCount: r.article_count, error: r.error,
});

/** One digest per subscription per local date: the key every retry of that delivery reuses. */
export const deliveryKey = (subscriptionId: number, localDate: string) => `digest:${subscriptionId}:${localDate}`;

/**
 * The `deliveries` table: a digest is claimed before it is sent and completed after, so two
 * processes never both send it and a crash in between is retried with the same key.
 */
export function createDeliveryLedger(db: Db, options: { leaseMs: number }) {
  const select = db.prepare('SELECT * FROM deliveries WHERE key = ?');
  const claimTx = db.transaction((subscriptionId: number, localDate: string, owner: string, now: Date): ClaimResult => {
    const key = deliveryKey(subscriptionId, localDate);
    const row = select.get(key) as Row | undefined;
    const at = now.toISOString();
    if (!row) {
      db.prepare(`INSERT INTO deliveries (key, subscription_id, local_date, status, claimed_by, claimed_at) VALUES (?, ?, ?, 'claimed', ?, ?)`)
        .run(key, subscriptionId, localDate, owner, at);
      return { claimed: true, key, retry: false };
    }
    const stale = row.status === 'claimed' && now.getTime() - Date.parse(row.claimed_at) >= options.leaseMs;
    if (row.status !== 'retry' && !stale) return { claimed: false, key, status: row.status };
    db.prepare(`UPDATE deliveries SET status = 'claimed', claimed_by = ?, claimed_at = ? WHERE key = ?`).run(owner, at, key);
    return { claimed: true, key, retry: true };
  });
  const finish = db.prepare(
    `UPDATE deliveries SET status = @status, completed_at = @at, message_id = @messageId, article_count = @articleCount, error = @error
     WHERE key = @key AND claimed_by = @owner AND status = 'claimed'`,
  );

  return {
    /**
     * Claims a delivery in an IMMEDIATE transaction, so of two processes exactly one gets it. A
     * claim older than the lease (its owner crashed) can be taken over.
     */
    claim(subscriptionId: number, localDate: string, owner: string, now: Date): ClaimResult {
      return claimTx.immediate(subscriptionId, localDate, owner, now);
    },

    /**
     * Refreshes a claim right before its send, so a long fan-out queue never lets the lease run
     * out under it; false when another process has taken it over (then this one must not send).
     */
    renew(key: string, owner: string, now: Date): boolean {
      return db.prepare(`UPDATE deliveries SET claimed_at = ? WHERE key = ? AND claimed_by = ? AND status = 'claimed'`).run(now.toISOString(), key, owner).changes > 0;
    },

    /** Records the outcome; false when the claim was lost to another process meanwhile. */
    complete(key: string, owner: string, at: Date, outcome: { status: Exclude<DeliveryStatus, 'claimed'>; messageId?: string; articleCount?: number; error?: string }): boolean {
      return finish.run({
        key, owner, at: at.toISOString(), status: outcome.status, messageId: outcome.messageId ?? null,
        articleCount: outcome.articleCount ?? null, error: outcome.error ?? null,
      }).changes > 0;
    },

    get(key: string): Delivery | undefined {
      const row = select.get(key) as Row | undefined;
      return row && fromRow(row);
    },

    /** The latest deliveries of a subscription, newest local date first. */
    recent(subscriptionId: number, limit = 5): Delivery[] {
      return (db.prepare('SELECT * FROM deliveries WHERE subscription_id = ? ORDER BY local_date DESC LIMIT ?').all(subscriptionId, limit) as Row[]).map(fromRow);
    },
  };
}

export type DeliveryLedger = ReturnType<typeof createDeliveryLedger>;
