import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToLine } from '../../src/ingest/clean-text.js';
import { FeedParseError } from '../../src/ingest/feed-entry.js';
import { parseFeedBytes } from '../../src/ingest/parse-feed.js';
import { createSafeFetch } from '../../src/ingest/safe-fetch.js';
import { type Handler, startFixtureServer } from './fixture-server.js';
import { hasShared, SHARED_EXT } from './shared-fixtures.js';

const DIR = `${SHARED_EXT}/feeds/rss-parser`;
const present = hasShared('feeds/rss-parser');
const inputs = present ? readdirSync(`${DIR}/input`) : [];
const golden = inputs.filter((name) => name !== 'unrecognized.rss');
// Upstream serves this one as Latin-1, and its golden file is Latin-1 too.
const LATIN1 = 'encoding.rss';

let fixture: Awaited<ReturnType<typeof startFixtureServer>>;
const fetchLocal = createSafeFetch({ allowPrivate: true });

async function fetchAndParse(name: string) {
  const response = await fetchLocal(fixture.url(`/${name}`));
  return parseFeedBytes(response.body, response.url, response.headers.get('content-type'));
}

/** rss-parser keeps titles as raw HTML and links as written; we decode and resolve both. */
function expectedItems(name: string, feedUrl: string): [string, string | null][] {
  const json = readFileSync(`${DIR}/output/${name.replace(/\.\w+$/u, '.json')}`, name === LATIN1 ? 'latin1' : 'utf8');
  const items = (JSON.parse(json) as { feed: { items: { title?: string; link?: string }[] } }).feed.items;
  return items.map((item) => [htmlToLine(item.title ?? ''), item.link ? new URL(item.link, feedUrl).href : null]);
}

describe.skipIf(!present)('the 25 real-world feeds with rss-parser golden output, served over HTTP', () => {
  beforeAll(async () => {
    const routes: Record<string, Handler> = {};
    for (const name of inputs) {
      routes[`/${name}`] = (_req, res) => {
        res.writeHead(200, { 'content-type': name === LATIN1 ? 'text/xml; charset=latin1' : 'application/xml' });
        res.end(readFileSync(`${DIR}/input/${name}`));
      };
    }
    fixture = await startFixtureServer(routes);
  });
  afterAll(() => fixture?.close());

  it.each(golden)('%s yields the same item titles and links', async (name) => {
    const feed = await fetchAndParse(name);
    const actual = feed.entries.map((e) => [e.title, e.link]);
    const expected = expectedItems(name, fixture.url(`/${name}`));
    // gulp-atom's relative links resolve against the feed's own self link (github.com), which is
    // where that feed lives; compare them by path.
    const comparable = (rows: (string | null)[][]) => (name === 'gulp-atom.atom' ? rows.map(([t, l]) => [t, l && new URL(l).pathname]) : rows);
    expect(comparable(actual)).toEqual(comparable(expected));
  });

  it('refuses unrecognized.rss with a clear error', async () => {
    await expect(fetchAndParse('unrecognized.rss')).rejects.toThrow(FeedParseError);
  });
});
