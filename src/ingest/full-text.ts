import { decodeFeedBytes } from './decode-feed-bytes.js';
import type { ExtractedArticle } from './extract-article.js';
import type { SafeFetch } from './safe-fetch.js';

/** Why a page gave no article, in words a person can act on. */
export type PageProblem = { problem: string };

/**
 * Fetches a web page and extracts its article. Expected failures (blocked address, timeout, an
 * HTTP error, a page that is not HTML or holds no article) come back as a problem, not a throw.
 */
export async function fetchArticlePage(fetchPage: SafeFetch, url: string): Promise<ExtractedArticle | PageProblem> {
  let response;
  try {
    response = await fetchPage(url, { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' });
  } catch (error) {
    return { problem: (error as Error).message };
  }
  if (response.status >= 400) return { problem: `${url} answered HTTP ${response.status}` };
  const type = response.headers.get('content-type') ?? 'text/html';
  if (!/html|xml/iu.test(type)) return { problem: `${url} is not a web page (${type.split(';')[0]})` };
  try {
    // The DOM and Readability load on the first page fetched: a bot that never fetches one saves ~25 MB.
    const { extractArticle } = await import('./extract-article.js');
    const article = extractArticle(decodeFeedBytes(response.body, type), response.url);
    return article ?? { problem: `${url} has no article text that could be found` };
  } catch (error) {
    return { problem: `${url} could not be read as a page: ${(error as Error).message}` };
  }
}

export function isPageProblem(value: ExtractedArticle | PageProblem): value is PageProblem {
  return 'problem' in value;
}
