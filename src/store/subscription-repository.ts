import type { Db } from './database.js';

export type DigestPlatform = 'discord' | 'slack';

/** A channel's daily digest: when, where, which news. */
export interface Subscription {
  id: number;
  platform: DigestPlatform;
  workspaceId: string | null;
  channelId: string;
  /** `HH:MM`, local to `timezone`. */
  timeOfDay: string;
  timezone: string;
  includeWords: string[];
  excludeWords: string[];
  createdBy: string;
  createdAt: Date;
  /** End of the window the last digest (or empty day) covered. */
  lastDigestAt: Date | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  failedDays: number;
  pausedAt: Date | null;
}

export type SubscriptionInput = Pick<Subscription, 'platform' | 'channelId' | 'timeOfDay' | 'timezone' | 'includeWords' | 'excludeWords' | 'createdBy'> & {
  workspaceId?: string | null;
  now: Date;
};

interface Row {
  id: number; platform: DigestPlatform; workspace_id: string | null; channel_id: string; time_of_day: string; timezone: string;
  include_words: string; exclude_words: string; created_by: string; created_at: string; last_digest_at: string | null;
  last_error: string | null; last_error_at: string | null; failed_days: number; paused_at: string | null;
}

const date = (text: string | null) => (text === null ? null : new Date(text));

function fromRow(r: Row): Subscription {
  return {
    id: r.id, platform: r.platform, workspaceId: r.workspace_id, channelId: r.channel_id, timeOfDay: r.time_of_day, timezone: r.timezone,
    includeWords: JSON.parse(r.include_words) as string[], excludeWords: JSON.parse(r.exclude_words) as string[],
    createdBy: r.created_by, createdAt: new Date(r.created_at), lastDigestAt: date(r.last_digest_at),
    lastError: r.last_error, lastErrorAt: date(r.last_error_at), failedDays: r.failed_days, pausedAt: date(r.paused_at),
  };
}

/** Failed days in a row after which a channel stops getting digests until someone subscribes again. */
export const PAUSE_AFTER_FAILED_DAYS = 3;

/** The `subscriptions` table: one row per channel and platform. */
export function createSubscriptionRepository(db: Db) {
  const byId = db.prepare('SELECT * FROM subscriptions WHERE id = ?');
  const byChannel = db.prepare('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?');
  return {
    /**
     * Creates or replaces a channel's subscription. Re-subscribing keeps where the last digest
     * ended (no repeat, no gap) and lifts a pause.
     */
    upsert(input: SubscriptionInput): Subscription {
      db.prepare(
        `INSERT INTO subscriptions (platform, workspace_id, channel_id, time_of_day, timezone, include_words, exclude_words, created_by, created_at)
         VALUES (@platform, @workspaceId, @channelId, @timeOfDay, @timezone, @include, @exclude, @createdBy, @now)
         ON CONFLICT (platform, channel_id) DO UPDATE SET workspace_id = excluded.workspace_id, time_of_day = excluded.time_of_day,
           timezone = excluded.timezone, include_words = excluded.include_words, exclude_words = excluded.exclude_words,
           failed_days = 0, paused_at = NULL`,
      ).run({
        platform: input.platform, workspaceId: input.workspaceId ?? null, channelId: input.channelId, timeOfDay: input.timeOfDay,
        timezone: input.timezone, include: JSON.stringify(input.includeWords), exclude: JSON.stringify(input.excludeWords),
        createdBy: input.createdBy, now: input.now.toISOString(),
      });
      return fromRow(byChannel.get(input.platform, input.channelId) as Row);
    },

    /** Removes a channel's subscription and its ledger; false when there was none. */
    remove(platform: DigestPlatform, channelId: string): boolean {
      return db.prepare('DELETE FROM subscriptions WHERE platform = ? AND channel_id = ?').run(platform, channelId).changes > 0;
    },

    get(id: number): Subscription | undefined {
      const row = byId.get(id) as Row | undefined;
      return row && fromRow(row);
    },

    find(platform: DigestPlatform, channelId: string): Subscription | undefined {
      const row = byChannel.get(platform, channelId) as Row | undefined;
      return row && fromRow(row);
    },

    /** Subscriptions that get digests: not paused. */
    listActive(): Subscription[] {
      return (db.prepare('SELECT * FROM subscriptions WHERE paused_at IS NULL ORDER BY id').all() as Row[]).map(fromRow);
    },

    /** A digest (or an empty day) covered the news up to `windowEnd`; failures in a row start over. */
    recordCovered(id: number, windowEnd: Date): void {
      db.prepare('UPDATE subscriptions SET last_digest_at = ?, failed_days = 0 WHERE id = ?').run(windowEnd.toISOString(), id);
    },

    /**
     * Keeps the error for `/digest status`. A day that failed for good counts toward the pause;
     * returns true when this failure paused the subscription.
     */
    recordError(id: number, error: string, at: Date, dayFailed: boolean): boolean {
      const update = db.prepare(
        `UPDATE subscriptions SET last_error = @error, last_error_at = @at, failed_days = failed_days + @inc,
           paused_at = CASE WHEN failed_days + @inc >= @limit THEN @at ELSE paused_at END
         WHERE id = @id RETURNING paused_at`,
      );
      const row = update.get({ id, error, at: at.toISOString(), inc: dayFailed ? 1 : 0, limit: PAUSE_AFTER_FAILED_DAYS }) as { paused_at: string | null } | undefined;
      return dayFailed && row?.paused_at === at.toISOString();
    },
  };
}

export type SubscriptionRepository = ReturnType<typeof createSubscriptionRepository>;
