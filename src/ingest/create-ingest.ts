import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { ArticleRepository } from '../store/article-repository.js';
import type { Db } from '../store/database.js';
import { FeedRepository } from '../store/feed-repository.js';
import { createBriefUrl } from './brief-url.js';
import { type FeedSource, loadFeedList } from './feed-list.js';
import { createIngestRun } from './ingest-run.js';
import { createIngestScheduler } from './ingest-scheduler.js';
import { createSafeFetch } from './safe-fetch.js';

type IngestConfig = Pick<Config, 'FEEDS_FILE' | 'FEED_POLL_MINUTES' | 'ALLOW_PRIVATE_URLS' | 'ARTICLES_DIR'>;

/**
 * Everything news-in needs, from the config: the feed list (validated; throws FileProblem), the
 * stores, two guarded fetchers (feeds: 5 MB / 20 s; pages: 3 MB / 10 s), the polling scheduler
 * and `/brief`'s fetch-and-brief.
 */
export async function createIngest(deps: { config: IngestConfig; db: Db; log: Logger; feedList?: FeedSource[] }) {
  const { config } = deps;
  const feedList = deps.feedList ?? (await loadFeedList(config.FEEDS_FILE));
  const allowPrivate = config.ALLOW_PRIVATE_URLS;
  const fetchFeed = createSafeFetch({ allowPrivate, timeoutMs: 20_000, maxBytes: 5_000_000 });
  const fetchPage = createSafeFetch({ allowPrivate, timeoutMs: 10_000, maxBytes: 3_000_000 });
  const articles = new ArticleRepository(deps.db);
  const feeds = new FeedRepository(deps.db);
  const run = createIngestRun({ feedList, articlesDir: config.ARTICLES_DIR, articles, feeds, fetchFeed, fetchPage, log: deps.log });
  return {
    feedList,
    articles,
    feeds,
    run,
    scheduler: createIngestScheduler({ run, pollMinutes: config.FEED_POLL_MINUTES, log: deps.log }),
    briefUrl: createBriefUrl(fetchPage),
  };
}
