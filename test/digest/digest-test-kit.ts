import { pino } from 'pino';
import type { Digest } from '../../commands/types.js';
import type { Article } from '../../src/articles/article.js';
import type { Brief } from '../../src/core/index.js';
import { DeliveryError, type DigestPoster } from '../../src/digest/digest-poster.js';
import type { Db } from '../../src/store/database.js';

export const silentLog = pino({ level: 'silent' });

let serial = 0;

/** Stores an article the way ingest does (arriving when it was published, unless `ingested` says otherwise), with a small hand-made brief. */
export function insertArticle(db: Db, fields: { title: string; published: string; ingested?: string; body?: string; source?: string; groupId?: number }): void {
  const slug = `story-${++serial}`;
  const published = new Date(fields.published).toISOString(); // stored as ingest stores it
  const body = fields.body ?? `${fields.title}. Something happened in music.`;
  const article: Article = { title: fields.title, slug, published, featured: false, tags: [], body, origin: `test:${slug}`, ...(fields.source ? { source: fields.source } : {}) };
  const brief: Brief = { title: fields.title, summary: [body], quotes: [], sourcing: { unverified: false, cues: [], unnamedQuoteShare: 0 }, stats: { words: 5, summaryWords: 5 } };
  db.prepare(
    `INSERT INTO articles (slug, title, source, published_at, ingested_at, origin, content_hash, group_id, article_json, brief_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(slug, fields.title, fields.source ?? null, published, new Date(fields.ingested ?? published).toISOString(), article.origin, slug, fields.groupId ?? null, JSON.stringify(article), JSON.stringify(brief));
}

export interface PostRecord { channelId: string; key: string; digest: Digest; at: Date }

/**
 * A poster that keeps what the platform would show. Like Discord's enforced nonce, a repeated
 * key returns the first message instead of posting again; `failures` makes channels fail.
 */
export class RecordingPoster implements DigestPoster {
  readonly posts: PostRecord[] = [];
  readonly attempts: string[] = [];
  readonly failures = new Map<string, () => DeliveryError>();

  constructor(readonly platform: 'discord' | 'slack' = 'discord') {}

  async post(channelId: string, digest: Digest, key: string): Promise<{ messageId: string }> {
    this.attempts.push(key);
    const failure = this.failures.get(channelId);
    if (failure) throw failure();
    const existing = this.posts.findIndex((p) => p.key === key);
    if (existing >= 0) return { messageId: `m${existing}` };
    this.posts.push({ channelId, key, digest, at: new Date() });
    return { messageId: `m${this.posts.length - 1}` };
  }

  postsTo(channelId: string): PostRecord[] {
    return this.posts.filter((p) => p.channelId === channelId);
  }
}
