import { loadArticles } from '../articles/load-articles.js';
import type { ArticleFileError } from '../articles/parse-article-file.js';
import type { ArticleIngestor, IngestOutcome } from './article-ingestor.js';

export interface FilesReport {
  outcomes: IngestOutcome[];
  problems: ArticleFileError[];
}

/**
 * The article files in `data/articles` go into the store like feed items (same dedupe), so the
 * featured story reaches digests too. A file is known by its slug; broken files are reported.
 */
export async function ingestArticleFiles(ingestor: ArticleIngestor, dir: string): Promise<FilesReport> {
  const { articles, problems } = await loadArticles(dir);
  const outcomes = articles.map((article) => ingestor.ingest(article, { origin: article.origin, guid: article.slug, link: article.url ?? null }));
  return { outcomes, problems };
}
