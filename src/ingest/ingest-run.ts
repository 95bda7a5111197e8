import pLimit from 'p-limit';
import type { Logger } from '../logger.js';
import type { ArticleRepository } from '../store/article-repository.js';
import type { FeedRepository } from '../store/feed-repository.js';
import { createArticleIngestor } from './article-ingestor.js';
import type { FeedSource } from './feed-list.js';
import { type FilesReport, ingestArticleFiles } from './ingest-files.js';
import { type FeedReport, ingestFeed } from './ingest-feed.js';
import type { SafeFetch } from './safe-fetch.js';

export interface IngestRunDeps {
  feedList: readonly FeedSource[];
  articlesDir?: string;
  articles: ArticleRepository;
  feeds: FeedRepository;
  fetchFeed: SafeFetch;
  fetchPage: SafeFetch;
  log: Logger;
  clock?: () => Date;
  /** Feeds fetched at once; one slow feed only ever holds its own slot. */
  concurrency?: number;
}

export interface IngestReport {
  feeds: FeedReport[];
  files?: FilesReport;
}

export interface IngestRunOptions {
  /** Only this feed URL (it need not be in the list); fetched even when disabled. */
  onlyFeed?: string;
}

/** One pass over every feed (a few at a time) and the article files. */
export function createIngestRun(deps: IngestRunDeps) {
  const clock = deps.clock ?? (() => new Date());
  const ingestor = createArticleIngestor(deps.articles, clock);
  const feedDeps = { fetchFeed: deps.fetchFeed, fetchPage: deps.fetchPage, feeds: deps.feeds, ingestor, log: deps.log, clock };
  const limit = pLimit(deps.concurrency ?? 4);

  return async function runIngest(options: IngestRunOptions = {}): Promise<IngestReport> {
    const only = options.onlyFeed;
    const list = only ? [deps.feedList.find((f) => f.url === only) ?? { name: new URL(only).hostname, url: only }] : deps.feedList;
    deps.feeds.register(list);
    const feeds = await Promise.all(list.map((feed) => limit(() => ingestFeed(feedDeps, feed, { force: Boolean(only) }))));
    const files = deps.articlesDir && !only ? await ingestArticleFiles(ingestor, deps.articlesDir) : undefined;
    return { feeds, ...(files ? { files } : {}) };
  };
}

export type IngestRun = ReturnType<typeof createIngestRun>;

/** Counts for a log line or the CLI's last line. */
export function summarizeReport(report: IngestReport): { added: number; grouped: number; skipped: number; failedFeeds: number } {
  const outcomes = [...report.feeds.flatMap((f) => f.outcomes), ...(report.files?.outcomes ?? [])];
  const count = (status: string) => outcomes.filter((o) => o.status === status).length;
  return { added: count('added'), grouped: count('grouped'), skipped: count('skipped'), failedFeeds: report.feeds.filter((f) => f.status === 'failed' || f.status === 'disabled').length };
}
