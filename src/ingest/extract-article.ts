import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToCleanText, htmlToLine } from './clean-text.js';
import { countWords } from './feed-entry.js';

/** The readable article in a web page. */
export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 when the page states it. */
  publishedTime: string | null;
  /** Clean text, one paragraph a line. */
  text: string;
  words: number;
}


/**
 * Finds the article in a page with Mozilla's Readability (Firefox Reader View) on linkedom's
 * server-side DOM. Returns null when nothing readable is found; callers that need a real
 * article also check `words` against `MIN_ARTICLE_WORDS` (brief-url.ts).
 */
export function extractArticle(html: string, url: string): ExtractedArticle | null {
  const { document } = parseHTML(withBase(html, url));
  // Readability mutates and reads the live DOM; linkedom's Document is close enough to a browser's.
  const result = new Readability(document as unknown as Document).parse();
  if (!result?.content) return null;
  const text = htmlToCleanText(result.content);
  if (!text) return null;
  return {
    words: countWords(text),
    title: result.title ? htmlToLine(result.title) : null,
    byline: result.byline ? htmlToLine(result.byline) : null,
    siteName: result.siteName ? htmlToLine(result.siteName) : null,
    publishedTime: result.publishedTime ? safeIso(result.publishedTime) : null,
    text,
  };
}

/** Readability resolves relative links against the document's base; linkedom has no URL of its own. */
function withBase(html: string, url: string): string {
  if (/<base\s[^>]*href/iu.test(html)) return html;
  const tag = `<base href="${url.replace(/"/gu, '&quot;')}">`;
  return /<head[^>]*>/iu.test(html) ? html.replace(/<head[^>]*>/iu, (head) => head + tag) : tag + html;
}

function safeIso(value: string): string | null {
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
