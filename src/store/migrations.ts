/**
 * Versioned schema changes, applied in order at start. Never edit a released migration: add the
 * next one at the end of the list.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, feeds, subscriptions, deliveries',
    sql: `
      CREATE TABLE articles (
        id            INTEGER PRIMARY KEY,
        slug          TEXT NOT NULL UNIQUE,
        title         TEXT NOT NULL,
        url           TEXT,
        source        TEXT,
        published_at  TEXT NOT NULL,             -- ISO 8601, UTC
        ingested_at   TEXT NOT NULL,
        origin        TEXT NOT NULL,             -- file path or feed URL
        guid          TEXT,
        canonical_url TEXT,
        content_hash  TEXT NOT NULL,
        group_id      INTEGER,                   -- same story from several outlets
        article_json  TEXT NOT NULL,             -- the Article, body included
        brief_json    TEXT NOT NULL              -- its Brief, computed once
      );
      CREATE INDEX articles_published ON articles (published_at);
      CREATE UNIQUE INDEX articles_guid ON articles (origin, guid) WHERE guid IS NOT NULL;
      CREATE INDEX articles_canonical_url ON articles (canonical_url);
      CREATE INDEX articles_content_hash ON articles (content_hash);
      CREATE INDEX articles_group ON articles (group_id);

      CREATE TABLE feeds (
        url               TEXT PRIMARY KEY,
        name              TEXT NOT NULL,
        etag              TEXT,
        last_modified     TEXT,
        last_success_at   TEXT,
        last_error        TEXT,
        last_error_at     TEXT,
        failures_in_row   INTEGER NOT NULL DEFAULT 0,
        first_failure_at  TEXT,
        disabled_at       TEXT
      );

      CREATE TABLE subscriptions (
        id            INTEGER PRIMARY KEY,
        platform      TEXT NOT NULL,             -- discord | slack
        workspace_id  TEXT,
        channel_id    TEXT NOT NULL,
        time_of_day   TEXT NOT NULL,             -- HH:MM, local to timezone
        timezone      TEXT NOT NULL,             -- IANA name
        include_words TEXT NOT NULL DEFAULT '[]',
        exclude_words TEXT NOT NULL DEFAULT '[]',
        created_by    TEXT NOT NULL,
        created_at    TEXT NOT NULL,
        last_digest_at TEXT,                     -- end of the window the last digest covered
        last_error    TEXT,
        last_error_at TEXT,
        failed_days   INTEGER NOT NULL DEFAULT 0,
        paused_at     TEXT,
        UNIQUE (platform, channel_id)
      );

      CREATE TABLE deliveries (
        key           TEXT PRIMARY KEY,          -- subscription id + local date: one digest a day
        subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        local_date    TEXT NOT NULL,
        status        TEXT NOT NULL,             -- claimed | sent | empty | failed | retry
        claimed_by    TEXT NOT NULL,
        claimed_at    TEXT NOT NULL,
        completed_at  TEXT,
        message_id    TEXT,
        article_count INTEGER,
        error         TEXT
      );
      CREATE INDEX deliveries_subscription ON deliveries (subscription_id, local_date);
    `,
  },
  {
    version: 2,
    name: 'which core computed each stored brief',
    // NULL for briefs stored before: they are recomputed at the next start like any stale one.
    sql: 'ALTER TABLE articles ADD COLUMN brief_version TEXT;',
  },
];
