import { z } from 'zod';
import { htmlToCleanText, htmlToLine, neutralizeMentions } from './clean-text.js';
import { absoluteLink, countWords, EXCERPT_WORDS, type FeedEntry, FeedParseError, isoDate, type ParsedFeed } from './feed-entry.js';

const text = z.string().optional().catch(undefined);
const JsonFeedItemSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String).optional().catch(undefined),
  url: text,
  external_url: text,
  title: text,
  content_html: text,
  content_text: text,
  summary: text,
  date_published: text,
  date_modified: text,
  author: z.object({ name: text }).optional().catch(undefined),
  authors: z.array(z.object({ name: text })).optional().catch(undefined),
});
const JsonFeedSchema = z.object({
  version: z.string().regex(/^https:\/\/jsonfeed\.org\/version\//u, 'version must be a jsonfeed.org version URL'),
  title: text,
  home_page_url: text,
  items: z.array(z.unknown()),
});

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org): a broken item is skipped, not the whole feed. */
export function parseJsonFeed(json: string, feedUrl: string): ParsedFeed {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new FeedParseError(`not valid JSON: ${(error as Error).message}`);
  }
  const feed = JsonFeedSchema.safeParse(data);
  if (!feed.success) throw new FeedParseError(`not a JSON Feed: ${feed.error.issues[0]?.path.join('.')} ${feed.error.issues[0]?.message}`);
  const items = feed.data.items.map((raw) => JsonFeedItemSchema.safeParse(raw)).flatMap((r) => (r.success ? [r.data] : []));
  return {
    title: feed.data.title ? htmlToLine(feed.data.title) : null,
    link: absoluteLink(feed.data.home_page_url, feedUrl),
    entries: items.map((item): FeedEntry => {
      const body = item.content_html ? htmlToCleanText(item.content_html) : neutralizeMentions(item.content_text ?? item.summary ?? '');
      return {
        guid: item.id ?? null,
        title: item.title ? htmlToLine(item.title) : '',
        link: absoluteLink(item.url ?? item.external_url, feedUrl),
        published: isoDate(item.date_published ?? item.date_modified),
        author: item.authors?.find((a) => a.name)?.name ?? item.author?.name ?? null,
        text: body,
        isExcerpt: countWords(body) < EXCERPT_WORDS,
      };
    }),
  };
}
