import type { Db } from './database.js';

/** A feed's health as `/digest status` and the logs show it. Times are ISO 8601 UTC. */
export interface FeedHealth {
  url: string;
  name: string;
  etag: string | null;
  lastModified: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  failuresInRow: number;
  /** When the current run of failures began; null while the feed is healthy. */
  firstFailureAt: string | null;
  /** Set once the feed has failed for `DISABLE_AFTER_MS`; a disabled feed is no longer polled. */
  disabledAt: string | null;
}

/** A feed that fails without a single success for this long is switched off. */
export const DISABLE_AFTER_MS = 48 * 60 * 60 * 1000;

interface Row {
  url: string;
  name: string;
  etag: string | null;
  last_modified: string | null;
  last_success_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  failures_in_row: number;
  first_failure_at: string | null;
  disabled_at: string | null;
}

const toHealth = (r: Row): FeedHealth => ({
  url: r.url,
  name: r.name,
  etag: r.etag,
  lastModified: r.last_modified,
  lastSuccessAt: r.last_success_at,
  lastError: r.last_error,
  lastErrorAt: r.last_error_at,
  failuresInRow: r.failures_in_row,
  firstFailureAt: r.first_failure_at,
  disabledAt: r.disabled_at,
});

/** Per-feed state in the `feeds` table: conditional-GET validators and the failure record. */
export class FeedRepository {
  constructor(private readonly db: Db) {}

  /** Makes sure each configured feed has a row; a renamed feed keeps its state. */
  register(feeds: readonly { name: string; url: string }[]): void {
    const upsert = this.db.prepare('INSERT INTO feeds (url, name) VALUES (?, ?) ON CONFLICT (url) DO UPDATE SET name = excluded.name');
    this.db.transaction(() => feeds.forEach((f) => upsert.run(f.url, f.name)))();
  }

  get(url: string): FeedHealth | undefined {
    const row = this.db.prepare('SELECT * FROM feeds WHERE url = ?').get(url) as Row | undefined;
    return row && toHealth(row);
  }

  /** Every known feed, failing ones first, for `/digest status` and the logs. */
  health(): FeedHealth[] {
    const rows = this.db.prepare('SELECT * FROM feeds ORDER BY failures_in_row DESC, name').all() as Row[];
    return rows.map(toHealth);
  }

  /** A fetch that worked (a 304 included): the failure record is cleared and the feed re-enabled. */
  recordSuccess(url: string, validators: { etag?: string | null; lastModified?: string | null }, now: Date): void {
    this.db
      .prepare(
        `UPDATE feeds SET etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), last_success_at = ?,
         failures_in_row = 0, first_failure_at = NULL, disabled_at = NULL WHERE url = ?`,
      )
      .run(validators.etag ?? null, validators.lastModified ?? null, now.toISOString(), url);
  }

  /** Counts a failure; returns the feed's state, with `disabledAt` set once it has failed for 48 hours. */
  recordFailure(url: string, error: string, now: Date): FeedHealth {
    const at = now.toISOString();
    const disableBefore = new Date(now.getTime() - DISABLE_AFTER_MS).toISOString();
    this.db
      .prepare(
        `UPDATE feeds SET last_error = ?, last_error_at = ?, failures_in_row = failures_in_row + 1,
         first_failure_at = COALESCE(first_failure_at, ?),
         disabled_at = CASE WHEN disabled_at IS NULL AND COALESCE(first_failure_at, ?) <= ? THEN ? ELSE disabled_at END
         WHERE url = ?`,
      )
      .run(error.slice(0, 500), at, at, at, disableBefore, at, url);
    return this.get(url)!;
  }
}
