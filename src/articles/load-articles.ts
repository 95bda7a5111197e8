import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from './article.js';
import { ArticleFileError, parseArticleFile } from './parse-article-file.js';

export interface LoadedArticles {
  /** Newest first. */
  articles: Article[];
  /** Files that could not be used, each with its path and the reason. */
  problems: ArticleFileError[];
}

/** Loads every `.md` article in a folder; a broken file is reported and the rest still load. */
export async function loadArticles(dir: string): Promise<LoadedArticles> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  const articles: Article[] = [];
  const problems: ArticleFileError[] = [];
  const slugs = new Map<string, string>();
  for (const name of names) {
    const path = join(dir, name);
    try {
      const article = parseArticleFile(path, await readFile(path, 'utf8'));
      const earlier = slugs.get(article.slug);
      if (earlier) throw new ArticleFileError(path, `slug "${article.slug}" is already used by ${earlier}`);
      slugs.set(article.slug, path);
      articles.push(article);
    } catch (error) {
      problems.push(error instanceof ArticleFileError ? error : new ArticleFileError(path, (error as Error).message));
    }
  }
  articles.sort((a, b) => b.published.localeCompare(a.published));
  return { articles, problems };
}

/** The featured story: the newest article marked `featured: true`. */
export function featuredArticle(articles: Article[]): Article | undefined {
  return articles.find((a) => a.featured);
}
