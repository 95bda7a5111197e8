import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIngestRun } from '../../src/ingest/ingest-run.js';
import { createSafeFetch } from '../../src/ingest/safe-fetch.js';
import { createLogger } from '../../src/logger.js';
import { ArticleRepository } from '../../src/store/article-repository.js';
import { openDatabase } from '../../src/store/database.js';
import { FeedRepository } from '../../src/store/feed-repository.js';
import { longStory, rss, send, startFixtureServer } from './fixture-server.js';

const NOW = new Date('2026-11-25T12:00:00Z');
let fixture: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  fixture = await startFixtureServer({
    '/nme.xml': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      send(
        rss([
          ['nme-1', 'Jimmy Page announces farewell solo tour across Europe', 'https://nme.test/news/page-tour?utm_source=rss#top', longStory('Jimmy Page')],
          ['nme-2', 'Short teaser only', fixture.url('/story/teaser'), 'A teaser of a few words…'],
          ['nme-3', 'Teaser whose page is gone', fixture.url('/story/missing'), 'Only the excerpt survives here @everyone.'],
        ]),
        { etag: '"v1"' },
      )(req, res);
    },
    '/billboard.xml': send(
      rss([
        ['bb-9', 'Jimmy Page Announces Farewell Solo Tour Across Europe Next Year', 'https://billboard.test/music/jimmy-page-tour', longStory('The guitarist', 12)],
        ['bb-10', 'Same link as NME, tracking removed', 'https://www.nme.test/news/page-tour/?fbclid=abc', longStory('Someone else', 12)],
      ]),
    ),
    '/broken.xml': send('<rss version="2.0"><channel><title>Broken</title><item><title><![CDATA[never closed</title></item></channel></rss>'),
    '/sloppy.xml': send('<rss version="2.0"><channel><title>Sloppy & co</title><item><title>Readable despite a bad tag</titel><link>/story/missing</link><description>Some words.</description></item></channel></rss>'),
    '/slow.xml': () => undefined,
    '/story/teaser': send(`<html><head><title>Teaser</title></head><body><article><h1>Teaser</h1>${longStory('Robert Plant', 10)}</article></body></html>`, { 'content-type': 'text/html' }),
  });
});
afterAll(() => fixture.close());

function setup(feedList: { name: string; url: string }[], concurrency = 2) {
  const db = openDatabase(':memory:');
  const articles = new ArticleRepository(db);
  const feeds = new FeedRepository(db);
  const fetchFeed = createSafeFetch({ allowPrivate: true, timeoutMs: 1500 });
  const run = createIngestRun({ feedList, articles, feeds, fetchFeed, fetchPage: fetchFeed, log: createLogger('silent', false), clock: () => NOW, concurrency });
  return { db, articles, feeds, run };
}

describe('an ingest pass over several feeds', () => {
  it('stores new stories once, groups the same story from two outlets, and skips known links', async () => {
    // One feed at a time, so which outlet's copy comes first is fixed.
    const { articles, run } = setup(
      [
        { name: 'NME', url: fixture.url('/nme.xml') },
        { name: 'Billboard', url: fixture.url('/billboard.xml') },
      ],
      1,
    );
    const report = await run();
    const statuses = report.feeds.map((f) => f.outcomes.map((o) => o.status));
    expect(statuses).toEqual([
      ['added', 'added', 'added'],
      ['grouped', 'skipped'],
    ]);
    expect(report.feeds[1]!.outcomes[1]).toMatchObject({ reason: 'link' });

    const digest = articles.publishedBetween(new Date('2026-11-25T00:00:00Z'), new Date('2026-11-26T00:00:00Z'));
    const tour = digest.find((e) => /farewell solo tour/iu.test(e.item.article.title))!;
    expect(digest).toHaveLength(3);
    expect([tour.item.article.source, ...tour.alsoIn].sort()).toEqual(['Billboard', 'NME']);
    expect(tour.item.brief.summary.length).toBeGreaterThan(0);
  });

  it('fetches the full page for a teaser, and keeps the excerpt when the page fails', async () => {
    const { articles, run } = setup([{ name: 'NME', url: fixture.url('/nme.xml') }]);
    await run();
    const items = articles.publishedBetween(new Date(0), new Date('2030-01-01'), 50).map((e) => e.item.article);
    expect(items.find((a) => a.title === 'Short teaser only')!.body).toContain('Robert Plant played song number 10');
    const kept = items.find((a) => a.title === 'Teaser whose page is gone')!;
    expect(kept.body).toContain('Only the excerpt survives here');
    expect(kept.body).not.toContain('@everyone');
  });

  it('sends the ETag back next time, and a 304 adds nothing and counts as a success', async () => {
    const { articles, feeds, run } = setup([{ name: 'NME', url: fixture.url('/nme.xml') }]);
    await run();
    const before = articles.count();
    const again = await run();
    expect(again.feeds[0]).toMatchObject({ status: 'not-modified', outcomes: [] });
    expect(fixture.requests.filter((r) => r.url === '/nme.xml').at(-1)!.headers['if-none-match']).toBe('"v1"');
    expect(articles.count()).toBe(before);
    expect(feeds.get(fixture.url('/nme.xml'))).toMatchObject({ failuresInRow: 0, etag: '"v1"' });
  });

  it('records an unreadable feed and a silent feed as failures while the other feeds go on', async () => {
    const { articles, feeds, run } = setup([
      { name: 'Slow', url: fixture.url('/slow.xml') },
      { name: 'Broken', url: fixture.url('/broken.xml') },
      { name: 'Billboard', url: fixture.url('/billboard.xml') },
      { name: 'Sloppy', url: fixture.url('/sloppy.xml') },
    ]);
    const report = await run();
    expect(report.feeds.map((f) => f.status)).toEqual(['failed', 'failed', 'ok', 'ok']);
    expect(report.feeds[0]!.error).toMatch(/did not answer/);
    expect(report.feeds[1]!.error).toMatch(/not a readable RSS or Atom feed: CDATA is not closed/);
    // Malformed but readable XML still gives its items, as feedparser's "bozo" feeds do.
    expect(report.feeds[3]!.outcomes).toMatchObject([{ status: 'added', title: 'Readable despite a bad tag' }]);
    expect(articles.count()).toBe(3);
    expect(feeds.get(fixture.url('/broken.xml'))).toMatchObject({ failuresInRow: 1, lastError: expect.stringMatching(/not a readable/) });
  });

  it('runs only the feed asked for with onlyFeed', async () => {
    const { run } = setup([
      { name: 'NME', url: fixture.url('/nme.xml') },
      { name: 'Billboard', url: fixture.url('/billboard.xml') },
    ]);
    const report = await run({ onlyFeed: fixture.url('/billboard.xml') });
    expect(report.feeds.map((f) => f.feed.name)).toEqual(['Billboard']);
  });
});
