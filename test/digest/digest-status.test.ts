import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDigestScheduler, type DigestScheduler } from '../../src/digest/digest-scheduler.js';
import { DeliveryError } from '../../src/digest/digest-poster.js';
import { formatDigestStatus } from '../../src/digest/digest-status-text.js';
import { openDatabase } from '../../src/store/database.js';
import { insertArticle, RecordingPoster, silentLog } from './digest-test-kit.js';

const HOUR = 3_600_000;
const started: DigestScheduler[] = [];

beforeEach(() => vi.useFakeTimers());
afterEach(async () => {
  for (const s of started.splice(0)) await s.stop();
  vi.useRealTimers();
});

describe('/digest status for a day that failed for now', () => {
  it('GIVEN a temporary failure WHEN the grace window passes THEN status stops promising a retry and the next digest carries the stories', async () => {
    vi.setSystemTime(new Date('2026-11-24T08:00:00Z'));
    const db = openDatabase(':memory:');
    const poster = new RecordingPoster();
    const s = createDigestScheduler({ db, posters: [poster], log: silentLog, config: { DIGEST_GRACE_HOURS: 6, TZ: 'UTC' }, sweepCron: '*/15 * * * *' });
    started.push(s);
    s.service.subscribe({ platform: 'discord', channelId: 'c1', timeOfDay: '09:00', timezone: 'UTC', includeWords: [], excludeWords: [], createdBy: 'U1' });
    insertArticle(db, { title: 'Monday story', published: '2026-11-24T07:00:00Z' });
    insertArticle(db, { title: 'Tuesday story', published: '2026-11-25T07:00:00Z' });
    await s.start();
    await vi.advanceTimersByTimeAsync(2 * HOUR); // 10:00 on the 24th: the first digest is out

    poster.failures.set('c1', () => new DeliveryError('Service Unavailable (503)', false, 503));
    await vi.advanceTimersByTimeAsync(24 * HOUR); // 10:00 on the 25th, inside the grace window
    const status = () => formatDigestStatus(s.service.status('discord', 'c1')!);
    expect(status()).toContain('2026-11-25: not posted yet, will retry (Service Unavailable (503)).');

    await vi.advanceTimersByTimeAsync(6 * HOUR); // 16:00: 7 hours past 09:00, retries are over
    expect(status()).toContain('2026-11-25: could not be posted in time (Service Unavailable (503)); the next digest covers its stories.');
    expect(status()).not.toContain('will retry');

    poster.failures.delete('c1');
    await vi.advanceTimersByTimeAsync(18 * HOUR); // 10:00 on the 26th
    expect(poster.posts.map((p) => [p.digest.localDate, p.digest.entries.map((e) => e.item.article.title)])).toEqual([
      ['2026-11-24', ['Monday story']],
      ['2026-11-26', ['Tuesday story']],
    ]);
  });

  it('GIVEN the very first digest failed past the grace window THEN status says the next one covers only its own 24 hours', async () => {
    vi.setSystemTime(new Date('2026-11-24T08:00:00Z'));
    const db = openDatabase(':memory:');
    const poster = new RecordingPoster();
    poster.failures.set('c2', () => new DeliveryError('Service Unavailable (503)', false, 503));
    const s = createDigestScheduler({ db, posters: [poster], log: silentLog, config: { DIGEST_GRACE_HOURS: 6, TZ: 'UTC' }, sweepCron: '*/15 * * * *' });
    started.push(s);
    s.service.subscribe({ platform: 'discord', channelId: 'c2', timeOfDay: '09:00', timezone: 'UTC', includeWords: [], excludeWords: [], createdBy: 'U1' });
    insertArticle(db, { title: 'Monday story', published: '2026-11-24T07:00:00Z' });
    await s.start();
    await vi.advanceTimersByTimeAsync(8 * HOUR); // 16:00: 7 hours past 09:00, retries are over
    expect(formatDigestStatus(s.service.status('discord', 'c2')!)).toContain('2026-11-24: could not be posted in time (Service Unavailable (503)); the next digest covers the 24 hours before it.');
  });
});
