import type { BriefedArticle, DigestEntry } from '../news/types.js';
import type { Article } from '../articles/article.js';
import type { Brief } from '../core/index.js';
import type { Db } from './database.js';
import { BRIEF_VERSION } from '../news/brief-version.js';

/** Where an article came from and how it is recognised again. */
export interface ArticleKeys {
  /** A feed URL, or an article file's path. */
  origin: string;
  guid: string | null;
  /** The link with tracking parameters and fragment removed. */
  canonicalUrl: string | null;
  /** SHA-256 of the normalised body; empty to match by guid and link only. */
  contentHash: string;
}

/** Why a new item was not stored: it is already here under the same guid, link or text. */
export interface StoredMatch {
  id: number;
  groupId: number;
  by: 'guid' | 'link' | 'content';
}

/** A stored story, as much as grouping needs to compare it with a new one. */
export interface GroupCandidate {
  id: number;
  groupId: number;
  title: string;
  source: string | null;
  lead: string;
}

interface Row {
  id: number;
  group_id: number | null;
  article_json: string;
  brief_json: string;
  source: string | null;
}

/** Articles with their briefs in the `articles` table; each brief is computed once, at ingest. */
export class ArticleRepository {
  constructor(private readonly db: Db) {}

  /** The stored article that a new item repeats, checked by guid, then link, then text. */
  findMatch(keys: ArticleKeys): StoredMatch | undefined {
    const pick = (sql: string, value: unknown[], by: StoredMatch['by']): StoredMatch | undefined => {
      const row = this.db.prepare(sql).get(...value) as { id: number; group_id: number | null } | undefined;
      return row && { id: row.id, groupId: row.group_id ?? row.id, by };
    };
    return (
      (keys.guid ? pick('SELECT id, group_id FROM articles WHERE origin = ? AND guid = ?', [keys.origin, keys.guid], 'guid') : undefined) ??
      (keys.canonicalUrl ? pick('SELECT id, group_id FROM articles WHERE canonical_url = ? LIMIT 1', [keys.canonicalUrl], 'link') : undefined) ??
      (keys.contentHash ? pick('SELECT id, group_id FROM articles WHERE content_hash = ? LIMIT 1', [keys.contentHash], 'content') : undefined)
    );
  }

  /** Stories published within `days` of a time, for grouping a new one with them. */
  candidatesAround(published: string, days = 2): GroupCandidate[] {
    const t = Date.parse(published);
    const span = days * 86_400_000;
    return this.db
      .prepare(
        `SELECT id, COALESCE(group_id, id) AS groupId, title, source, substr(json_extract(article_json, '$.body'), 1, 800) AS lead
         FROM articles WHERE published_at BETWEEN ? AND ? ORDER BY published_at DESC LIMIT 2000`,
      )
      .all(new Date(t - span).toISOString(), new Date(t + span).toISOString()) as GroupCandidate[];
  }

  /**
   * Stores an article with its brief. `groupId` joins an existing story; without it the article
   * starts its own group. Returns the new row's id.
   */
  save(item: BriefedArticle, keys: ArticleKeys, groupId: number | null, now: Date): number {
    const { article, brief } = item;
    return this.db.transaction(() => {
      const result = this.db
        .prepare(
          `INSERT INTO articles (slug, title, url, source, published_at, ingested_at, origin, guid, canonical_url, content_hash, group_id, article_json, brief_json, brief_version)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(article.slug, article.title, article.url ?? null, article.source ?? null, article.published, now.toISOString(), keys.origin, keys.guid, keys.canonicalUrl, keys.contentHash, groupId, JSON.stringify(article), JSON.stringify(brief), BRIEF_VERSION);
      const id = Number(result.lastInsertRowid);
      if (groupId === null) this.db.prepare('UPDATE articles SET group_id = ? WHERE id = ?').run(id, id);
      return id;
    })();
  }

  sourceOf(id: number): string | null {
    return (this.db.prepare('SELECT source FROM articles WHERE id = ?').pluck().get(id) as string | null | undefined) ?? null;
  }

  slugExists(slug: string): boolean {
    return this.db.prepare('SELECT 1 FROM articles WHERE slug = ?').get(slug) !== undefined;
  }

  count(): number {
    return this.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  }

  /**
   * Stories published in `[from, to)`, newest first, at most `limit`. A story several outlets ran
   * is listed once, as its newest version, with the other outlets' names in `alsoIn`.
   */
  publishedBetween(from: Date, to: Date, limit = 10): DigestEntry[] {
    const rows = this.db
      .prepare('SELECT id, group_id, article_json, brief_json, source FROM articles WHERE published_at >= ? AND published_at < ? ORDER BY published_at DESC, id DESC')
      .all(from.toISOString(), to.toISOString()) as Row[];
    const byGroup = new Map<number, DigestEntry>();
    for (const row of rows) {
      const group = row.group_id ?? row.id;
      const entry = byGroup.get(group);
      if (!entry) {
        if (byGroup.size < limit) byGroup.set(group, { item: parseItem(row), alsoIn: [] });
      } else if (row.source && row.source !== entry.item.article.source && !entry.alsoIn.includes(row.source)) {
        entry.alsoIn.push(row.source);
      }
    }
    return [...byGroup.values()];
  }
}

function parseItem(row: Row): BriefedArticle {
  return { article: JSON.parse(row.article_json) as Article, brief: JSON.parse(row.brief_json) as Brief };
}
