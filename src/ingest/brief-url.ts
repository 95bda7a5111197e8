import type { BriefedArticle } from '../news/types.js';
import { makeBrief } from '../core/index.js';
import { neutralizeMentions } from './clean-text.js';
import { slugify } from './entry-to-article.js';
import { fetchArticlePage, isPageProblem, type PageProblem } from './full-text.js';
import type { SafeFetch } from './safe-fetch.js';

/** Less than this and the page is a list, a login wall or a stub, not an article. */
export const MIN_ARTICLE_WORDS = 60;

/**
 * `/brief url:<link>`: fetches a page a member shared (through the SSRF-guarded fetch), extracts
 * the article and briefs it. A refused address, a failed fetch or a page that holds no article
 * comes back as `{ problem }` with a sentence to show the member.
 */
export function createBriefUrl(fetchPage: SafeFetch, clock: () => Date = () => new Date()) {
  return async (link: string): Promise<BriefedArticle | PageProblem> => {
    const page = await fetchArticlePage(fetchPage, link);
    if (isPageProblem(page)) return { problem: neutralizeMentions(`Could not brief that link: ${page.problem}.`) };
    if (page.words < MIN_ARTICLE_WORDS) return { problem: `That page does not look like an article (only ${page.words} words of text were found).` };
    const title = page.title ?? new URL(link).hostname;
    const article = {
      title,
      slug: slugify(title),
      published: page.publishedTime ?? clock().toISOString(),
      featured: false,
      tags: [],
      url: link,
      ...(page.siteName ? { source: page.siteName } : {}),
      ...(page.byline ? { author: page.byline } : {}),
      body: page.text,
      origin: link,
    };
    return { article, brief: makeBrief({ text: article.body, title }) };
  };
}
