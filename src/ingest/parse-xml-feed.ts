import { parseFeed } from '@rowanmanning/feed-parser';
import { htmlToCleanText, htmlToLine } from './clean-text.js';
import { absoluteLink, countWords, EXCERPT_WORDS, type FeedEntry, FeedParseError, isoDate, type ParsedFeed } from './feed-entry.js';

type XmlFeed = ReturnType<typeof parseFeed>;
type XmlItem = XmlFeed['items'][number];

/** RSS 0.9x/1.0/2.0 and Atom 0.3/1.0, parsed leniently by @rowanmanning/feed-parser. */
export function parseXmlFeed(xml: string, feedUrl: string): ParsedFeed {
  let feed: XmlFeed;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    throw new FeedParseError(`not a readable RSS or Atom feed: ${(error as Error).message}`);
  }
  return {
    title: feed.title ? htmlToLine(feed.title) : null,
    link: absoluteLink(feed.url, feedUrl),
    entries: feed.items.map((item) => toEntry(item, feedUrl)),
  };
}

function toEntry(item: XmlItem, feedUrl: string): FeedEntry {
  const content = item.content ? htmlToCleanText(item.content) : '';
  const summary = item.description ? htmlToCleanText(item.description) : '';
  const text = countWords(content) >= countWords(summary) ? content : summary;
  // An RSS guid that is a permalink is the item's link when no <link> is given.
  const link = absoluteLink(item.url, feedUrl) ?? (item.id && /^https?:\/\//iu.test(item.id) ? absoluteLink(item.id, feedUrl) : null);
  return {
    guid: item.id,
    title: item.title ? htmlToLine(item.title) : '',
    link,
    published: isoDate(item.published ?? item.updated),
    author: item.authors.find((a) => a.name)?.name ?? null,
    text,
    isExcerpt: countWords(text) < EXCERPT_WORDS,
  };
}
