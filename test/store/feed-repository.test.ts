import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { FeedRepository } from '../../src/store/feed-repository.js';

const URL_A = 'https://nme.test/feed';
const at = (hours: number) => new Date(Date.UTC(2026, 10, 25, 0) + hours * 3_600_000);

function repo() {
  const feeds = new FeedRepository(openDatabase(':memory:'));
  feeds.register([{ name: 'NME', url: URL_A }, { name: 'Billboard', url: 'https://billboard.test/feed' }]);
  return feeds;
}

describe('FeedRepository', () => {
  it('counts failures in a row and keeps the last error', () => {
    const feeds = repo();
    feeds.recordFailure(URL_A, 'HTTP 503', at(0));
    const health = feeds.recordFailure(URL_A, 'timeout', at(1));
    expect(health).toMatchObject({ failuresInRow: 2, lastError: 'timeout', firstFailureAt: at(0).toISOString(), disabledAt: null });
  });

  it('disables a feed once it has failed for 48 hours without a success, not before', () => {
    const feeds = repo();
    feeds.recordFailure(URL_A, 'HTTP 404', at(0));
    expect(feeds.recordFailure(URL_A, 'HTTP 404', at(47.9)).disabledAt).toBeNull();
    expect(feeds.recordFailure(URL_A, 'HTTP 404', at(48)).disabledAt).toBe(at(48).toISOString());
    expect(feeds.recordFailure(URL_A, 'HTTP 404', at(50)).disabledAt).toBe(at(48).toISOString());
  });

  it('a success clears the failure record, re-enables the feed and keeps validators', () => {
    const feeds = repo();
    feeds.recordFailure(URL_A, 'HTTP 404', at(0));
    feeds.recordFailure(URL_A, 'HTTP 404', at(49));
    feeds.recordSuccess(URL_A, { etag: '"abc"', lastModified: 'Wed, 25 Nov 2026 08:00:00 GMT' }, at(50));
    feeds.recordSuccess(URL_A, {}, at(51));
    expect(feeds.get(URL_A)).toMatchObject({ failuresInRow: 0, firstFailureAt: null, disabledAt: null, etag: '"abc"', lastSuccessAt: at(51).toISOString() });
  });

  it('lists every feed for status, failing ones first', () => {
    const feeds = repo();
    feeds.recordFailure(URL_A, 'HTTP 500', at(0));
    expect(feeds.health().map((f) => [f.name, f.failuresInRow])).toEqual([['NME', 1], ['Billboard', 0]]);
  });

  it('keeps a feed’s state when the list renames it', () => {
    const feeds = repo();
    feeds.recordFailure(URL_A, 'HTTP 500', at(0));
    feeds.register([{ name: 'NME News', url: URL_A }]);
    expect(feeds.get(URL_A)).toMatchObject({ name: 'NME News', failuresInRow: 1 });
  });
});
