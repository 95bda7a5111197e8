import { describe, expect, it } from 'vitest';
import { digest } from '../../commands/digest.js';
import type { CommandContext, Reply } from '../../commands/types.js';
import { createDigestScheduler } from '../../src/digest/digest-scheduler.js';
import { openDatabase } from '../../src/store/database.js';
import { RecordingPoster, silentLog } from '../digest/digest-test-kit.js';

const now = new Date('2026-11-25T10:00:00Z');

/** A bot that can post to Slack only, as in Discord HTTP-interactions mode without DISCORD_TOKEN. */
function setup() {
  const scheduler = createDigestScheduler({ db: openDatabase(':memory:'), posters: [new RecordingPoster('slack')], log: silentLog, config: { DIGEST_GRACE_HOURS: 6, TZ: 'Europe/London' }, clock: () => now });
  const run = (ctx: Partial<CommandContext> & Pick<CommandContext, 'subcommand'>): Promise<Reply> =>
    digest.run({ platform: 'slack', options: {}, channelId: 'C0HERE', userId: 'U1', canManageChannel: true, now, services: { featured: async () => undefined, digests: scheduler.service }, ...ctx });
  return { run };
}

const said = (reply: Reply) => ('text' in reply ? reply.text : 'message' in reply ? reply.message : '');

describe('/digest and the channel it is aimed at', () => {
  it('declares its channel options as channels, so adapters resolve and vet them', () => {
    for (const sub of digest.subcommands ?? []) expect(sub.options.find((o) => o.name === 'channel')?.type).toBe('channel');
  });

  it('GIVEN a platform the bot cannot post to THEN subscribe says which token is missing and subscribes nothing', async () => {
    const { run } = setup();
    const reply = await run({ platform: 'discord', subcommand: 'subscribe', channelId: '100' });
    expect(reply).toEqual({ kind: 'error', private: true, message: 'This bot has no Discord token to post digests with: set DISCORD_TOKEN.' });
    expect(said(await run({ platform: 'discord', subcommand: 'status', channelId: '100' }))).toContain('has no daily digest');
  });

  it('GIVEN a caller who cannot manage the named channel THEN subscribe and unsubscribe refuse and change nothing', async () => {
    const { run } = setup();
    const reply = await run({ subcommand: 'subscribe', options: { channel: 'C0OTHER' }, canManageChannel: false });
    expect(reply).toMatchObject({ kind: 'error', private: true, message: 'Only members who can manage <#C0OTHER> can change its digest.' });
    await run({ subcommand: 'subscribe', options: { channel: 'C0OTHER' } });
    expect(await run({ subcommand: 'unsubscribe', options: { channel: 'C0OTHER' }, canManageChannel: false })).toMatchObject({ kind: 'error' });
    expect(said(await run({ subcommand: 'status', options: { channel: 'C0OTHER' } }))).toContain('Daily digest in <#C0OTHER>');
  });

  it('GIVEN another channel and no right to manage it THEN status and preview refuse, since they show its settings and errors', async () => {
    const { run } = setup();
    await run({ subcommand: 'subscribe', options: { channel: 'C0OTHER' } });
    for (const subcommand of ['status', 'preview']) {
      const reply = await run({ subcommand, options: { channel: 'C0OTHER' }, canManageChannel: false });
      expect(reply).toMatchObject({ kind: 'error', private: true, message: expect.stringContaining('Only members who can manage <#C0OTHER>') });
    }
  });

  it('GIVEN the current channel THEN anyone may see its status and preview', async () => {
    const { run } = setup();
    await run({ subcommand: 'subscribe' });
    expect(said(await run({ subcommand: 'status', canManageChannel: false }))).toContain('Daily digest in <#C0HERE>');
    expect(await run({ subcommand: 'preview', canManageChannel: false })).toMatchObject({ kind: 'digest', private: true });
  });
});
