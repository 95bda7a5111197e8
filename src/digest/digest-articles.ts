import type { DigestEntry } from '../news/types.js';
import type { Article } from '../articles/article.js';
import type { Brief } from '../core/index.js';
import type { Db } from '../store/database.js';

/** Which stories a channel wants: any include word (when there are some) and no exclude word. */
export interface KeywordFilter {
  includeWords: readonly string[];
  excludeWords: readonly string[];
}

export const MAX_DIGEST_ENTRIES = 10;
/** How much older than its window a story may be and still count as news when it arrives late. */
const LATE_ARRIVAL_MS = 24 * 3_600_000;

interface Row { id: number; group_id: number | null; article_json: string; brief_json: string; source: string | null }

/**
 * The stories a digest window `[from, to)` lists: those that reached the bot in it. A feed polled
 * every 30 minutes delivers an item published at 08:50 at 09:10, after the 09:00 digest; going by
 * arrival it is in the next digest instead of in none. A story published more than a day before
 * the window (a back-filled archive, old article files) is not news and is left out.
 * Newest first, at most 10; a story several outlets ran is listed once, with the others in `alsoIn`.
 */
export function createDigestArticles(db: Db) {
  const query = db.prepare(
    `SELECT id, group_id, article_json, brief_json, source FROM articles
     WHERE published_at >= @oldest AND ingested_at >= @from AND ingested_at < @to
     ORDER BY published_at DESC, id DESC`,
  );
  return {
    between(from: Date, to: Date, filter: KeywordFilter, limit = MAX_DIGEST_ENTRIES): DigestEntry[] {
      const rows = query.all({ oldest: new Date(from.getTime() - LATE_ARRIVAL_MS).toISOString(), from: from.toISOString(), to: to.toISOString() }) as Row[];
      const byGroup = new Map<number, DigestEntry>();
      for (const row of rows) {
        const article = JSON.parse(row.article_json) as Article;
        if (!matchesFilter(article, filter)) continue;
        const entry = byGroup.get(row.group_id ?? -row.id);
        if (!entry) {
          if (byGroup.size < limit) byGroup.set(row.group_id ?? -row.id, { item: { article, brief: JSON.parse(row.brief_json) as Brief }, alsoIn: [] });
        } else if (row.source && row.source !== entry.item.article.source && !entry.alsoIn.includes(row.source)) {
          entry.alsoIn.push(row.source);
        }
      }
      return [...byGroup.values()];
    },
  };
}

export type DigestArticles = ReturnType<typeof createDigestArticles>;

/** Whole-word, case-insensitive match on the headline, tags and body. */
export function matchesFilter(article: Pick<Article, 'title' | 'tags' | 'body'>, filter: KeywordFilter): boolean {
  const text = `${article.title}\n${article.tags.join(' ')}\n${article.body}`.toLowerCase();
  const has = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u').test(text);
  if (filter.excludeWords.some(has)) return false;
  return filter.includeWords.length === 0 || filter.includeWords.some(has);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
