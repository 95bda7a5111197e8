import type { BriefedArticle } from './types.js';
import { featuredArticle, loadArticles } from '../articles/load-articles.js';
import { ArticleFileError } from '../articles/parse-article-file.js';
import { makeBrief } from '../core/index.js';

/** The article files in `data/articles`, each briefed once at load. */
export class ArticleLibrary {
  private items: BriefedArticle[] = [];
  problems: ArticleFileError[] = [];

  constructor(private readonly dir: string) {}

  /** (Re)reads the folder; broken files are kept in `problems` and the rest load. */
  async load(): Promise<this> {
    const { articles, problems } = await loadArticles(this.dir);
    this.items = [];
    for (const article of articles) {
      try {
        this.items.push({ article, brief: makeBrief({ text: article.body, title: article.title }) });
      } catch (error) {
        problems.push(new ArticleFileError(article.origin, `could not be briefed: ${(error as Error).message}`));
      }
    }
    this.problems = problems;
    return this;
  }

  all(): readonly BriefedArticle[] {
    return this.items;
  }

  featured(): BriefedArticle | undefined {
    const article = featuredArticle(this.items.map((i) => i.article));
    return this.items.find((i) => i.article === article);
  }
}
