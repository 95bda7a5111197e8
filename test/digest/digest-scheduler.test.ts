import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDigestScheduler, type DigestScheduler } from '../../src/digest/digest-scheduler.js';
import { DeliveryError } from '../../src/digest/digest-poster.js';
import { formatDigestStatus } from '../../src/digest/digest-status-text.js';
import { type Db, openDatabase } from '../../src/store/database.js';
import { createDeliveryLedger } from '../../src/store/delivery-ledger.js';
import { insertArticle, RecordingPoster, silentLog } from './digest-test-kit.js';
import { raceSweeps } from './race-sweeps.js';

const HOUR = 3_600_000;
const MIN = 60_000;
const started: DigestScheduler[] = [];

function scheduler(db: Db, poster: RecordingPoster, extra: { leaseMs?: number } = {}) {
  // A sweep every 15 minutes instead of every minute keeps days of fake time fast to run.
  const s = createDigestScheduler({ db, posters: [poster], log: silentLog, config: { DIGEST_GRACE_HOURS: 6, TZ: 'UTC' }, sweepCron: '*/15 * * * *', ...extra });
  started.push(s);
  return s;
}

const subscribe = (s: DigestScheduler, channelId: string, timeOfDay: string, timezone: string, platform: 'discord' | 'slack' = 'discord') =>
  s.service.subscribe({ platform, channelId, timeOfDay, timezone, includeWords: [], excludeWords: [], createdBy: 'U1' });

/** A fresh in-memory bot at a moment in time, with a poster that records what it posts. */
function botAt(iso: string, platform: 'discord' | 'slack' = 'discord') {
  vi.setSystemTime(new Date(iso));
  const db = openDatabase(':memory:');
  const poster = new RecordingPoster(platform);
  return { db, poster, s: scheduler(db, poster) };
}

/** A story an hour before each of the given instants, so no day is empty. */
function newsBefore(db: Db, ...instants: string[]) {
  for (const at of instants) insertArticle(db, { title: `News before ${at}`, published: new Date(Date.parse(at) - HOUR).toISOString() });
}

beforeEach(() => vi.useFakeTimers());
afterEach(async () => {
  for (const s of started.splice(0)) await s.stop();
  vi.useRealTimers();
});

describe('digest schedule', () => {
  it('GIVEN 09:00 London WHEN summer time ends THEN every local day gets one digest at 09:00 local', async () => {
    const { db, poster, s } = botAt('2026-10-23T12:00:00Z');
    subscribe(s, 'c1', '09:00', 'Europe/London');
    newsBefore(db, '2026-10-24T08:00:00Z', '2026-10-25T09:00:00Z', '2026-10-26T09:00:00Z');
    await s.start();
    expect(s.nextRuns()).toEqual([new Date('2026-10-24T08:00:00Z')]);
    await vi.advanceTimersByTimeAsync(3.5 * 24 * HOUR);
    expect(poster.posts.map((p) => [p.digest.localDate, p.at.toISOString()])).toEqual([
      ['2026-10-24', '2026-10-24T08:00:00.000Z'],
      ['2026-10-25', '2026-10-25T09:00:00.000Z'],
      ['2026-10-26', '2026-10-26T09:00:00.000Z'],
    ]);
  });

  it('GIVEN 02:30 New York WHEN the clocks skip that hour THEN the digest still comes that day, once, right after', async () => {
    const { db, poster, s } = botAt('2026-03-06T12:00:00Z', 'slack');
    subscribe(s, 'C1', '02:30', 'America/New_York', 'slack');
    newsBefore(db, '2026-03-07T07:30:00Z', '2026-03-08T07:30:00Z', '2026-03-09T06:30:00Z');
    await s.start();
    await vi.advanceTimersByTimeAsync(3 * 24 * HOUR);
    expect(poster.posts.map((p) => p.digest.localDate)).toEqual(['2026-03-07', '2026-03-08', '2026-03-09']);
    const springDay = poster.posts[1]!.at.getTime() - Date.parse('2026-03-08T07:30:00Z'); // 03:30 EDT
    expect(springDay).toBeGreaterThanOrEqual(0);
    expect(springDay).toBeLessThanOrEqual(15 * MIN);
  });

  it('each digest covers the news since the previous one; the first covers the previous 24 hours', async () => {
    const { db, poster, s } = botAt('2026-11-24T10:00:00Z');
    subscribe(s, 'c1', '09:00', 'UTC');
    insertArticle(db, { title: 'Too old', published: '2026-11-24T08:59:00Z' });
    insertArticle(db, { title: 'Day one', published: '2026-11-24T12:00:00Z' });
    insertArticle(db, { title: 'Day two', published: '2026-11-25T12:00:00Z' });
    insertArticle(db, { title: 'Day two too', published: '2026-11-26T08:59:59Z' });
    insertArticle(db, { title: 'At 09:00 sharp: tomorrow', published: '2026-11-26T09:00:00Z' });
    await s.start();
    await vi.advanceTimersByTimeAsync(2 * 24 * HOUR);
    expect(poster.posts.map((p) => p.digest.entries.map((e) => e.item.article.title))).toEqual([['Day one'], ['Day two too', 'Day two']]);
  });

  it('a day with no news posts nothing, and status says so', async () => {
    const { db, poster, s } = botAt('2026-11-24T10:00:00Z');
    subscribe(s, 'c1', '09:00', 'UTC');
    await s.start();
    await vi.advanceTimersByTimeAsync(24 * HOUR);
    expect(poster.posts).toEqual([]);
    const status = s.service.status('discord', 'c1')!;
    expect(status.latestDay).toMatchObject({ localDate: '2026-11-25', status: 'empty' });
    expect(formatDigestStatus(status)).toContain('2026-11-25: no news matched, so nothing was posted.');
  });
});

describe('digest delivery exactly once', () => {
  it('GIVEN the bot was down at 09:00 WHEN it starts at 11:00 THEN the digest is sent at once; a day beyond the grace is not', async () => {
    vi.setSystemTime(new Date('2026-11-24T10:00:00Z'));
    const db = openDatabase(':memory:');
    subscribe(scheduler(db, new RecordingPoster()), 'c1', '09:00', 'UTC');
    subscribe(scheduler(db, new RecordingPoster()), 'c2', '03:00', 'UTC');
    newsBefore(db, '2026-11-25T09:00:00Z');
    vi.setSystemTime(new Date('2026-11-25T11:00:00Z'));
    const poster = new RecordingPoster();
    await scheduler(db, poster).start();
    expect(poster.posts.map((p) => [p.channelId, p.at.toISOString()])).toEqual([['c1', '2026-11-25T11:00:00.000Z']]);
  });

  it('GIVEN a crash between claim and send WHEN the bot restarts THEN the digest is sent once, with the same key', async () => {
    vi.setSystemTime(new Date('2026-11-24T10:00:00Z'));
    const db = openDatabase(':memory:');
    const sub = subscribe(scheduler(db, new RecordingPoster()), 'c1', '09:00', 'UTC');
    newsBefore(db, '2026-11-25T09:00:00Z');
    const crashed = createDeliveryLedger(db, { leaseMs: 10 * MIN }).claim(sub.id, '2026-11-25', 'crashed-process', new Date('2026-11-25T09:00:00Z'));
    vi.setSystemTime(new Date('2026-11-25T09:02:00Z'));
    const poster = new RecordingPoster();
    await scheduler(db, poster, { leaseMs: 10 * MIN }).start();
    expect(poster.posts).toEqual([]); // the claim may still be alive: wait out its lease
    await vi.advanceTimersByTimeAsync(20 * MIN);
    expect(poster.posts.map((p) => p.key)).toEqual([crashed.key]);
    await vi.advanceTimersByTimeAsync(3 * HOUR);
    expect(poster.posts).toHaveLength(1);
  });

  it('GIVEN the crashed process had already posted WHEN the retry posts with the same key THEN the platform shows one message', async () => {
    vi.setSystemTime(new Date('2026-11-25T09:00:00Z'));
    const db = openDatabase(':memory:');
    const poster = new RecordingPoster();
    const first = scheduler(db, poster, { leaseMs: 10 * MIN });
    const sub = subscribe(first, 'c1', '09:00', 'UTC');
    db.prepare('UPDATE subscriptions SET created_at = ? WHERE id = ?').run('2026-11-24T00:00:00Z', sub.id);
    newsBefore(db, '2026-11-25T09:00:00Z');
    const claim = createDeliveryLedger(db, { leaseMs: 10 * MIN }).claim(sub.id, '2026-11-25', 'crashed-process', new Date());
    const digest = first.service.preview('discord', 'c1', { timezone: 'UTC' });
    await poster.post('c1', digest, claim.key); // it reached Discord, then the process died
    await scheduler(db, poster, { leaseMs: 10 * MIN }).start();
    await vi.advanceTimersByTimeAsync(30 * MIN);
    expect(poster.attempts).toEqual([claim.key, claim.key]);
    expect(poster.posts).toHaveLength(1);
    expect(first.service.status('discord', 'c1')?.lastSent).toMatchObject({ status: 'sent', localDate: '2026-11-25' });
  });

  it('GIVEN two bot processes on one database file WHEN both sweep the same due digests at once THEN each digest is posted once', async () => {
    vi.useRealTimers(); // the processes keep real time; only their business clock is fixed
    const path = join(mkdtempSync(join(tmpdir(), 'digest-')), 'bot.db');
    const db = openDatabase(path);
    const setup = createDigestScheduler({ db, posters: [new RecordingPoster()], log: silentLog, config: { DIGEST_GRACE_HOURS: 6, TZ: 'UTC' }, clock: () => new Date('2026-11-24T10:00:00Z') });
    const channels = Array.from({ length: 40 }, (_, i) => `c${i}`);
    for (const c of channels) subscribe(setup, c, '09:00', 'UTC');
    newsBefore(db, '2026-11-25T09:00:00Z');
    db.close();
    const reports = await raceSweeps(path, '2026-11-25T09:30:00Z', 2);
    const posted = reports.flatMap((r) => r.posted);
    expect([...posted].sort()).toEqual(channels.map((_, i) => `digest:${i + 1}:2026-11-25`).sort());
    // Each digest: sent by one process, skipped by the other (never "retry", a database error).
    const outcomes = reports.flatMap((r) => r.outcomes);
    expect([outcomes.filter((o) => o === 'sent').length, outcomes.filter((o) => o === 'skipped').length]).toEqual([channels.length, channels.length]);
    const ledger = openDatabase(path);
    expect(ledger.prepare('SELECT status, count(*) AS n FROM deliveries GROUP BY status').all()).toEqual([{ status: 'sent', n: channels.length }]);
    ledger.close();
  });

  it('GIVEN a deleted channel among good ones THEN the others get their digest, status shows the error, and 3 failed days pause it', async () => {
    vi.setSystemTime(new Date('2026-11-24T10:00:00Z'));
    const db = openDatabase(':memory:');
    const poster = new RecordingPoster();
    poster.failures.set('gone', () => new DeliveryError('Unknown Channel (404)', true, 404));
    const s = scheduler(db, poster);
    for (const c of ['a', 'gone', 'b']) subscribe(s, c, '09:00', 'UTC');
    newsBefore(db, '2026-11-25T09:00:00Z', '2026-11-26T09:00:00Z', '2026-11-27T09:00:00Z', '2026-11-28T09:00:00Z');
    await s.start();
    await vi.advanceTimersByTimeAsync(24 * HOUR);
    expect(poster.posts.map((p) => p.channelId).sort()).toEqual(['a', 'b']);
    expect(s.service.status('discord', 'gone')?.subscription).toMatchObject({ lastError: 'Unknown Channel (404)', failedDays: 1, pausedAt: null });
    await vi.advanceTimersByTimeAsync(3 * 24 * HOUR);
    expect(poster.attempts.filter((k) => k.startsWith(`digest:2:`))).toHaveLength(3);
    expect(s.service.status('discord', 'gone')?.subscription.pausedAt).not.toBeNull();
    expect(poster.postsTo('a')).toHaveLength(4);
  });

  it('GIVEN the platform answers 429 WHEN it says Retry-After 2 s THEN the digest goes out after that wait, once', async () => {
    vi.setSystemTime(new Date('2026-11-25T08:59:00Z'));
    const db = openDatabase(':memory:');
    const poster = new RecordingPoster();
    poster.failures.set('c1', () => {
      poster.failures.delete('c1'); // only the first attempt is refused
      return new DeliveryError('rate limited', false, 429, 2000);
    });
    const s = scheduler(db, poster);
    const sub = subscribe(s, 'c1', '09:00', 'UTC');
    newsBefore(db, '2026-11-25T09:00:00Z');
    await s.start();
    await vi.advanceTimersByTimeAsync(MIN + 1000);
    expect(poster.posts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1500);
    expect(poster.posts.map((p) => p.at.toISOString())).toEqual(['2026-11-25T09:00:02.000Z']);
  });
});
