import { decodeFeedBytes } from './decode-feed-bytes.js';
import type { ParsedFeed } from './feed-entry.js';
import { parseJsonFeed } from './parse-json-feed.js';
import { parseXmlFeed } from './parse-xml-feed.js';
import type { FetchedResponse } from './safe-fetch.js';

/**
 * Any feed the bot reads, from the bytes a server sent: RSS, Atom or JSON Feed, told apart by
 * content rather than by Content-Type, which servers often get wrong.
 * @throws FeedParseError when it is not a feed or is too broken to read
 */
export function parseFeedBytes(bytes: Uint8Array, feedUrl: string, contentType?: string | null): ParsedFeed {
  const text = decodeFeedBytes(bytes, contentType);
  return /^\s*[{[]/u.test(text) ? parseJsonFeed(text, feedUrl) : parseXmlFeed(text, feedUrl);
}

/** A fetched feed; relative links resolve against its Content-Location when it sends one. */
export function parseFeedResponse(response: Pick<FetchedResponse, 'body' | 'url' | 'headers'>): ParsedFeed {
  const location = response.headers.get('content-location');
  const base = location ? new URL(location, response.url).href : response.url;
  return parseFeedBytes(response.body, base, response.headers.get('content-type'));
}
