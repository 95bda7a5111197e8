import { REST } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordDigestPoster } from '../../src/adapters/discord/discord-digest-poster.js';
import { createSlackDigestPoster } from '../../src/adapters/slack/slack-digest-poster.js';
import { createDigestScheduler } from '../../src/digest/digest-scheduler.js';
import { openDatabase } from '../../src/store/database.js';
import { createDeliveryLedger } from '../../src/store/delivery-ledger.js';
import { FakeSlackApi } from '../fakes/fake-slack-api.js';
import { FakeDiscordApi } from '../fakes/fake-discord-api.js';
import { insertArticle, silentLog } from './digest-test-kit.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function platforms() {
  const discord = await FakeDiscordApi.start({ globalLimit: { requests: 50, perMs: 1000 }, channelMessageLimit: { messages: 5, perMs: 5000 }, missingChannels: ['222'] });
  const slack = await FakeSlackApi.start({ channelRateLimit: { messages: 1, perMs: 1000 } });
  closers.push(() => discord.close(), () => slack.close());
  const rest = new REST({ api: discord.apiUrl, retries: 0 }).setToken('test-token');
  return { discord, slack, posters: [createDiscordDigestPoster(rest), createSlackDigestPoster({ config: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: slack.apiUrl }, log: silentLog, retryConfig: { retries: 0 } })] };
}

/** A database with one story and subscriptions made the day before; the clock then stands at 09:00:30. */
function world() {
  const db = openDatabase(':memory:');
  let now = new Date('2026-11-24T12:00:00Z');
  insertArticle(db, { title: 'Jimmy Page plays one last piece', published: '2026-11-25T07:00:00Z', source: 'Rolling Stone' });
  return { db, clock: () => now, setNow: (iso: string) => (now = new Date(iso)) };
}

describe('digests through the real Discord and Slack posters', () => {
  it('GIVEN channels on both platforms, one deleted THEN every good channel gets one message and the deleted one records why', async () => {
    const { discord, slack, posters } = await platforms();
    const { db, clock, setNow } = world();
    const scheduler = createDigestScheduler({ db, posters, log: silentLog, config: { DIGEST_GRACE_HOURS: 6, TZ: 'UTC' }, clock });
    const subscribe = (platform: 'discord' | 'slack', channelId: string) =>
      scheduler.service.subscribe({ platform, channelId, timeOfDay: '09:00', timezone: 'UTC', includeWords: [], excludeWords: [], createdBy: 'u' });
    for (const c of ['111', '222', '333']) subscribe('discord', c);
    for (const c of ['C1', 'C2']) subscribe('slack', c);
    setNow('2026-11-25T09:00:30Z');
    expect((await scheduler.sweep()).sort()).toEqual(['failed', 'sent', 'sent', 'sent', 'sent']);
    expect(discord.posts.map((m) => m.channelId).sort()).toEqual(['111', '333']);
    expect(slack.messages('C1')).toHaveLength(1);
    expect(slack.messages('C2')[0]?.metadata?.event_payload).toEqual({ key: expect.stringMatching(/^digest:\d+:2026-11-25$/) });
    expect(scheduler.service.status('discord', '222')?.subscription).toMatchObject({ failedDays: 1, lastError: expect.stringContaining('Unknown Channel') });
    expect(await scheduler.sweep()).toEqual(['skipped', 'skipped', 'skipped', 'skipped', 'skipped']);
  });

  it('GIVEN a process that posted to Discord and died before completing WHEN another takes the claim over THEN Discord shows one message', async () => {
    const { discord, posters } = await platforms();
    const { db, clock, setNow } = world();
    const scheduler = createDigestScheduler({ db, posters, log: silentLog, config: { DIGEST_GRACE_HOURS: 6, TZ: 'UTC' }, clock, leaseMs: 60_000 });
    const sub = scheduler.service.subscribe({ platform: 'discord', channelId: '111', timeOfDay: '09:00', timezone: 'UTC', includeWords: [], excludeWords: [], createdBy: 'u' });
    setNow('2026-11-25T09:00:00Z');
    const claim = createDeliveryLedger(db, { leaseMs: 60_000 }).claim(sub.id, '2026-11-25', 'crashed', clock());
    const sameDigest = { ...scheduler.service.preview('discord', '111', { timezone: 'UTC' }), to: new Date('2026-11-25T09:00:00Z') };
    await posters[0]!.post('111', sameDigest, claim.key);
    setNow('2026-11-25T09:01:00Z');
    expect(await scheduler.sweep()).toEqual(['sent']);
    expect(discord.posts).toHaveLength(1);
    expect(discord.nonceReplays).toBe(1);
    expect(createDeliveryLedger(db, { leaseMs: 60_000 }).get(claim.key)).toMatchObject({ status: 'sent', messageId: discord.posts[0]!.id });
  });
});
