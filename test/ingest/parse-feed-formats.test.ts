import { describe, expect, it } from 'vitest';
import { FeedParseError } from '../../src/ingest/feed-entry.js';
import { parseFeedBytes } from '../../src/ingest/parse-feed.js';

const FEED_URL = 'https://music.test/feeds/news.xml';
const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('feed formats', () => {
  it('reads a JSON Feed: clean text, absolute links, dates in UTC, a broken item skipped', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Music &amp; more',
      items: [
        { id: 1, url: '/news/one', title: 'One', content_html: '<p>Hello <b>world</b></p>', date_published: '2026-11-25T10:00:00+02:00', authors: [{ name: 'Ann' }] },
        'not an item',
        { id: 'two', external_url: 'https://other.test/two', content_text: 'Plain text' },
      ],
    });
    const feed = parseFeedBytes(bytes(json), FEED_URL);
    expect(feed.title).toBe('Music & more');
    expect(feed.entries).toMatchObject([
      { guid: '1', title: 'One', link: 'https://music.test/news/one', published: '2026-11-25T08:00:00.000Z', author: 'Ann', text: 'Hello world', isExcerpt: true },
      { guid: 'two', title: '', link: 'https://other.test/two', published: null, text: 'Plain text' },
    ]);
  });

  it('reads Atom with relative links and HTML titles', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Quietus</title>
      <entry><id>tag:q,1</id><title type="html">Sleaford Mods &amp;lt;live&amp;gt; &amp;amp; more</title><link href="/features/1"/><updated>2026-11-24T09:00:00Z</updated>
      <content type="html">&lt;p&gt;Full review.&lt;/p&gt;</content></entry></feed>`;
    const [entry] = parseFeedBytes(bytes(atom), 'https://thequietus.test/feed').entries;
    expect(entry).toMatchObject({ guid: 'tag:q,1', title: 'Sleaford Mods & more', link: 'https://thequietus.test/features/1', published: '2026-11-24T09:00:00.000Z', text: 'Full review.' });
  });

  it('reads RSS 1.0 (RDF) and an RSS item whose guid is its permalink', () => {
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>RDF</title></channel><item><title>Item</title><link>https://rdf.test/1</link></item></rdf:RDF>`;
    expect(parseFeedBytes(bytes(rdf), FEED_URL).entries[0]).toMatchObject({ title: 'Item', link: 'https://rdf.test/1', published: null });
    const rss = `<rss version="2.0"><channel><title>G</title><item><title>P</title><guid>https://guid.test/p</guid><pubDate>Tue, 24 Nov 2026 20:00:00 -0500</pubDate></item></channel></rss>`;
    expect(parseFeedBytes(bytes(rss), FEED_URL).entries[0]).toMatchObject({ link: 'https://guid.test/p', published: '2026-11-25T01:00:00.000Z' });
  });

  it('decodes by the declared charset', () => {
    const latin1 = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Bj'), Buffer.from([0xf6]), Buffer.from('rk</title></channel></rss>')]);
    expect(parseFeedBytes(latin1, FEED_URL).title).toBe('Björk');
  });

  it('refuses what is not a feed with a clear error', () => {
    expect(() => parseFeedBytes(bytes('<html><body>Hi</body></html>'), FEED_URL)).toThrow(FeedParseError);
    expect(() => parseFeedBytes(bytes('{"version": "1", "items": []}'), FEED_URL)).toThrow(/not a JSON Feed: version/);
  });
});
