import { describe, expect, it } from 'vitest';
import { digest, parseChannel } from '../../commands/digest.js';
import type { CommandContext, Reply } from '../../commands/types.js';
import { createDigestScheduler } from '../../src/digest/digest-scheduler.js';
import { openDatabase } from '../../src/store/database.js';
import { insertArticle, RecordingPoster, silentLog } from './digest-test-kit.js';

const now = new Date('2026-11-25T10:00:00Z');

function setup() {
  const db = openDatabase(':memory:');
  const scheduler = createDigestScheduler({ db, posters: [new RecordingPoster('slack')], log: silentLog, config: { DIGEST_GRACE_HOURS: 6, TZ: 'Europe/London' }, clock: () => now });
  const run = (subcommand: string, options: CommandContext['options'] = {}, canManageChannel = true): Promise<Reply> =>
    digest.run({ platform: 'slack', subcommand, options, channelId: 'C1', userId: 'U1', canManageChannel, now, services: { featured: async () => undefined, digests: scheduler.service } });
  return { db, run };
}

const textOf = (reply: Reply) => ('text' in reply ? reply.text : 'message' in reply ? reply.message : '');

describe('/digest', () => {
  it('subscribes here at 09:00 in the bot’s time zone by default and says when the first one comes', async () => {
    const { run } = setup();
    const reply = await run('subscribe');
    expect(reply).toMatchObject({ kind: 'text', private: true });
    expect(textOf(reply)).toContain('<#C1> gets a music-news digest every day at 09:00 (Europe/London). First one: Thu, 26 Nov 2026, 09:00.');
  });

  it.each([
    [{ time: '25:00' }, '"25:00" is not a time of day'],
    [{ timezone: 'Europe/Atlantis' }, '"Europe/Atlantis" is not a time zone I know'],
    [{ include: 'rock, @everyone' }, '"@everyone" is not a keyword'],
    [{ channel: 'not a channel!' }, 'is not a channel'],
  ])('refuses bad input %o privately, with the reason, and subscribes nothing', async (options, reason) => {
    const { run } = setup();
    const reply = await run('subscribe', options);
    expect(reply).toMatchObject({ kind: 'error', private: true });
    expect(textOf(reply)).toContain(reason);
    expect(textOf(await run('status'))).toContain('has no daily digest');
  });

  it('only members who can manage the channel change its digest', async () => {
    const { run } = setup();
    expect(digest.subcommands?.filter((s) => s.requiresManageChannel).map((s) => s.name)).toEqual(['subscribe', 'unsubscribe']);
    expect(await run('subscribe', {}, false)).toMatchObject({ kind: 'error', message: expect.stringContaining('manage this channel') });
    await run('subscribe');
    expect(await run('unsubscribe', {}, false)).toMatchObject({ kind: 'error' });
    expect(textOf(await run('unsubscribe'))).toContain('no more digests');
    expect(textOf(await run('status'))).toContain('has no daily digest');
  });

  it('status shows the schedule, filters and next run in local time', async () => {
    const { run } = setup();
    await run('subscribe', { time: '18:30', timezone: 'America/New_York', channel: '<#C9|news>', include: 'Jazz, blues', exclude: 'rumour' });
    const status = textOf(await run('status', { channel: 'C9' }));
    expect(status).toContain('Daily digest in <#C9> at 18:30 (America/New_York).');
    expect(status).toContain('Filters: only stories about jazz, blues; never rumour.');
    expect(status).toContain('Next run: Wed, 25 Nov 2026, 18:30 (America/New_York).');
    expect(status).toContain('No digest posted yet.');
  });

  it('status names failing feeds and never lets their text ping the channel', async () => {
    const { db, run } = setup();
    db.prepare("INSERT INTO feeds (url, name, last_error, failures_in_row) VALUES ('https://x.test/rss', 'X News', 'HTTP 500 @everyone <!channel>', 2)").run();
    await run('subscribe');
    const status = textOf(await run('status'));
    expect(status).toContain('Feed problem: X News');
    expect(status).not.toMatch(/@everyone|<!channel>/);
  });

  it('status never shows a feed URL’s key or credentials to channel members', async () => {
    const { db, run } = setup();
    db.prepare("INSERT INTO feeds (url, name, last_error, failures_in_row) VALUES ('https://x.test/rss?key=s3cret', 'X News', 'https://user:pw@x.test/rss?key=s3cret: HTTP 403', 2)").run();
    await run('subscribe');
    const status = textOf(await run('status'));
    expect(status).toContain('https://x.test/rss: HTTP 403');
    expect(status).not.toMatch(/s3cret|user:pw/);
  });

  it('preview privately shows the stories that would be posted now, with the channel’s filters', async () => {
    const { db, run } = setup();
    insertArticle(db, { title: 'Jazz legend returns', published: '2026-11-25T08:00:00Z' });
    insertArticle(db, { title: 'Pop star tours', published: '2026-11-25T09:00:00Z' });
    insertArticle(db, { title: 'Jazz from last week', published: '2026-11-18T09:00:00Z' });
    await run('subscribe', { include: 'jazz' });
    const reply = await run('preview');
    expect(reply).toMatchObject({ kind: 'digest', private: true });
    if (reply.kind !== 'digest') throw new Error('not a digest');
    expect(reply.digest.entries.map((e) => e.item.article.title)).toEqual(['Jazz legend returns']);
  });

  it('reads channel mentions from both platforms', () => {
    expect(parseChannel('<#123456789012345678>')).toBe('123456789012345678');
    expect(parseChannel('<#C024BE91L|general>')).toBe('C024BE91L');
    expect(parseChannel('C024BE91L')).toBe('C024BE91L');
    expect(parseChannel('#general')).toBeUndefined();
  });
});
