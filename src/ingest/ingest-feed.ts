import pLimit from 'p-limit';
import type { Logger } from '../logger.js';
import type { FeedRepository } from '../store/feed-repository.js';
import type { ArticleIngestor, IngestOutcome } from './article-ingestor.js';
import { entryToArticle } from './entry-to-article.js';
import { countWords, type FeedEntry } from './feed-entry.js';
import type { FeedSource } from './feed-list.js';
import { fetchArticlePage, isPageProblem } from './full-text.js';
import { parseFeedResponse } from './parse-feed.js';
import type { SafeFetch } from './safe-fetch.js';

/** What one feed gave in one run. */
export interface FeedReport {
  feed: FeedSource;
  status: 'ok' | 'not-modified' | 'failed' | 'disabled';
  error?: string;
  outcomes: IngestOutcome[];
}

export interface IngestFeedDeps {
  fetchFeed: SafeFetch;
  fetchPage: SafeFetch;
  feeds: FeedRepository;
  ingestor: ArticleIngestor;
  log: Logger;
  clock: () => Date;
}

/**
 * Fetches one feed with a conditional GET and stores its new items. Any failure is recorded on
 * the feed (and logged) and returned in the report; it never throws, so other feeds go on.
 */
export async function ingestFeed(deps: IngestFeedDeps, feed: FeedSource, options: { force?: boolean } = {}): Promise<FeedReport> {
  const state = deps.feeds.get(feed.url);
  if (state?.disabledAt && !options.force) return { feed, status: 'disabled', error: state.lastError ?? undefined, outcomes: [] };
  try {
    const conditional: Record<string, string> = {};
    if (state?.etag) conditional['if-none-match'] = state.etag;
    if (state?.lastModified) conditional['if-modified-since'] = state.lastModified;
    const response = await deps.fetchFeed(feed.url, { accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5', ...conditional });
    if (response.status === 304) {
      deps.feeds.recordSuccess(feed.url, {}, deps.clock());
      return { feed, status: 'not-modified', outcomes: [] };
    }
    if (response.status >= 400) throw new Error(`HTTP ${response.status}`);
    const parsed = parseFeedResponse(response);
    const outcomes = await ingestEntries(deps, feed, parsed.entries);
    deps.feeds.recordSuccess(feed.url, { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') }, deps.clock());
    return { feed, status: 'ok', outcomes };
  } catch (error) {
    const message = (error as Error).message;
    const health = deps.feeds.recordFailure(feed.url, message, deps.clock());
    const log = deps.log.child({ feed: feed.name, url: feed.url, failuresInRow: health.failuresInRow });
    if (health.disabledAt) log.error({ error: message, failingSince: health.firstFailureAt }, 'feed disabled after 48 hours of failures');
    else log.warn({ error: message }, 'feed fetch failed');
    return { feed, status: health.disabledAt ? 'disabled' : 'failed', error: message, outcomes: [] };
  }
}

const PAGE_CONCURRENCY = 4;

async function ingestEntries(deps: IngestFeedDeps, feed: FeedSource, entries: FeedEntry[]): Promise<IngestOutcome[]> {
  const fetchedAt = deps.clock();
  const limit = pLimit(PAGE_CONCURRENCY);
  const prepared = await Promise.all(
    entries.map((entry) =>
      limit(async () => {
        const source = { origin: feed.url, guid: entry.guid, link: entry.link };
        // A known item costs nothing more: its page is fetched only the first time.
        if (deps.ingestor.isKnown(source) || !entry.isExcerpt || !entry.link) return { entry, source };
        return { entry: await withFullText(deps, entry, entry.link), source };
      }),
    ),
  );
  return prepared.map(({ entry, source }) => deps.ingestor.ingest(entryToArticle(entry, feed, fetchedAt), source));
}

/** Swaps an excerpt for the page's article text; keeps the excerpt when the page fails. */
async function withFullText(deps: IngestFeedDeps, entry: FeedEntry, link: string): Promise<FeedEntry> {
  const page = await fetchArticlePage(deps.fetchPage, link);
  if (isPageProblem(page)) {
    deps.log.debug({ link, problem: page.problem }, 'full text unavailable, keeping the excerpt');
    return entry;
  }
  return page.words > countWords(entry.text) ? { ...entry, text: page.text, isExcerpt: false } : entry;
}
