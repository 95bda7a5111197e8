import type { Article } from '../articles/article.js';
import { makeBrief } from '../core/index.js';
import type { ArticleKeys, ArticleRepository } from '../store/article-repository.js';
import { canonicalUrl } from './canonical-url.js';
import { contentHash, isSameStory } from './story-fingerprint.js';

/** What became of one incoming article. */
export type IngestOutcome =
  | { status: 'added'; id: number; title: string }
  | { status: 'grouped'; id: number; title: string; groupId: number }
  | { status: 'skipped'; title: string; reason: 'guid' | 'link' | 'content' | 'empty' | 'unbriefable' };

/** Where an article came from: a feed URL or a file path, and the item's own ids. */
export interface ArticleSource {
  origin: string;
  guid: string | null;
  link: string | null;
}

/**
 * Stores each new story once, with its brief computed here and never again. A story seen before
 * (same guid in the same feed, same canonical link, same text) is skipped; the same story from
 * another outlet joins the first one's group, so a digest lists it once with "also in".
 */
export function createArticleIngestor(articles: ArticleRepository, clock: () => Date = () => new Date()) {
  return {
    /** True when an item with this guid or link is already stored: no need to fetch its page. */
    isKnown(source: ArticleSource): boolean {
      const match = articles.findMatch(keysOf(source, ''));
      return match !== undefined && match.by !== 'content';
    },

    ingest(article: Article, source: ArticleSource): IngestOutcome {
      if (!article.body.trim()) return { status: 'skipped', title: article.title, reason: 'empty' };
      const keys = keysOf(source, contentHash(article.body));
      const match = articles.findMatch(keys);
      // A syndicated copy from another outlet is the same story, not noise: group it.
      if (match && !(match.by === 'content' && articles.sourceOf(match.id) !== (article.source ?? null))) {
        return { status: 'skipped', title: article.title, reason: match.by };
      }
      const groupId = match?.groupId ?? findGroup(articles, article);
      let brief;
      try {
        brief = makeBrief({ text: article.body, title: article.title });
      } catch {
        // One story the core cannot read must not cost the rest of its feed.
        return { status: 'skipped', title: article.title, reason: 'unbriefable' };
      }
      const item = { article: { ...article, slug: uniqueSlug(articles, article.slug, keys.contentHash) }, brief };
      const id = articles.save(item, keys, groupId, clock());
      return groupId === null ? { status: 'added', id, title: article.title } : { status: 'grouped', id, title: article.title, groupId };
    },
  };
}

export type ArticleIngestor = ReturnType<typeof createArticleIngestor>;

/** An empty `hash` matches by guid and link only. */
function keysOf(source: ArticleSource, hash: string): ArticleKeys {
  return { origin: source.origin, guid: source.guid, canonicalUrl: source.link ? canonicalUrl(source.link) : null, contentHash: hash };
}

/** The group of a story another outlet already ran, if one matches. */
function findGroup(articles: ArticleRepository, article: Article): number | null {
  const sketch = { title: article.title, lead: article.body };
  const match = articles.candidatesAround(article.published).find((c) => c.source !== (article.source ?? null) && isSameStory(sketch, c));
  return match?.groupId ?? null;
}

function uniqueSlug(articles: ArticleRepository, slug: string, hash: string): string {
  if (!articles.slugExists(slug)) return slug;
  for (let n = 8; n <= hash.length; n += 4) {
    const candidate = `${slug}-${hash.slice(0, n)}`;
    if (!articles.slugExists(candidate)) return candidate;
  }
  return `${slug}-${Date.now()}`;
}
