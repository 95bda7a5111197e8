import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { createSubscriptionRepository } from '../../src/store/subscription-repository.js';

const input = { platform: 'slack' as const, channelId: 'C1', timeOfDay: '09:00', timezone: 'Europe/Paris', includeWords: ['jazz'], excludeWords: [], createdBy: 'U1' };

describe('subscription repository', () => {
  it('subscribing again changes the schedule but keeps where the last digest ended', () => {
    const repo = createSubscriptionRepository(openDatabase(':memory:'));
    const first = repo.upsert({ ...input, now: new Date('2026-11-01T00:00:00Z') });
    repo.recordCovered(first.id, new Date('2026-11-20T08:00:00Z'));
    const again = repo.upsert({ ...input, timeOfDay: '18:30', includeWords: [], now: new Date('2026-11-21T00:00:00Z') });
    expect(again.id).toBe(first.id);
    expect(again.timeOfDay).toBe('18:30');
    expect(again.includeWords).toEqual([]);
    expect(again.lastDigestAt).toEqual(new Date('2026-11-20T08:00:00Z'));
  });

  it('pauses after three failed days, and subscribing again lifts the pause', () => {
    const repo = createSubscriptionRepository(openDatabase(':memory:'));
    const sub = repo.upsert({ ...input, now: new Date('2026-11-01T00:00:00Z') });
    expect(repo.recordError(sub.id, 'transient', new Date('2026-11-02T08:00:00Z'), false)).toBe(false);
    expect(repo.recordError(sub.id, 'channel_not_found', new Date('2026-11-02T08:05:00Z'), true)).toBe(false);
    expect(repo.recordError(sub.id, 'channel_not_found', new Date('2026-11-03T08:00:00Z'), true)).toBe(false);
    expect(repo.recordError(sub.id, 'channel_not_found', new Date('2026-11-04T08:00:00Z'), true)).toBe(true);
    expect(repo.listActive()).toEqual([]);
    expect(repo.get(sub.id)).toMatchObject({ failedDays: 3, lastError: 'channel_not_found' });
    repo.upsert({ ...input, now: new Date('2026-11-05T00:00:00Z') });
    expect(repo.listActive().map((s) => s.id)).toEqual([sub.id]);
  });

  it('unsubscribing removes only that channel', () => {
    const repo = createSubscriptionRepository(openDatabase(':memory:'));
    repo.upsert({ ...input, now: new Date() });
    repo.upsert({ ...input, channelId: 'C2', now: new Date() });
    expect(repo.remove('slack', 'C1')).toBe(true);
    expect(repo.remove('slack', 'C1')).toBe(false);
    expect(repo.listActive().map((s) => s.channelId)).toEqual(['C2']);
  });
});
