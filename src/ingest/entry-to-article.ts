import type { Article } from '../articles/article.js';
import type { FeedEntry } from './feed-entry.js';

/**
 * A feed item as an Article. A missing date becomes the time it was fetched, a missing title the
 * opening words of the text; the slug is made from the title.
 */
export function entryToArticle(entry: FeedEntry, feed: { name: string; url: string }, fetchedAt: Date): Article {
  const title = entry.title || openingWords(entry.text);
  return {
    title,
    slug: slugify(title),
    published: entry.published && Date.parse(entry.published) <= fetchedAt.getTime() ? entry.published : fetchedAt.toISOString(),
    featured: false,
    tags: [],
    ...(entry.link ? { url: entry.link } : {}),
    source: feed.name,
    ...(entry.author ? { author: entry.author } : {}),
    body: entry.text,
    origin: entry.link ?? feed.url,
  };
}

/** Lower-case words joined by hyphens, at most 60 characters, as article slugs are. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/gu, '');
  return slug || 'story';
}

function openingWords(text: string): string {
  const words = text.split(/\s+/u).filter(Boolean);
  return words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : words.join(' ');
}
