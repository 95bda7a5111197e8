import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digest } from '../../../commands/digest.js';
import { createDiscordRest } from '../../../src/adapters/discord/discord-rest.js';
import { handleHttpInteractions } from '../../../src/adapters/discord/http-interactions.js';
import { createDigestScheduler } from '../../../src/digest/digest-scheduler.js';
import { HttpServer } from '../../../src/server/http-server.js';
import { openDatabase } from '../../../src/store/database.js';
import { RecordingPoster, silentLog } from '../../digest/digest-test-kit.js';
import { commandInteraction, signingKeys } from './discord-fixtures.js';

const keys = signingKeys();
const GUILD = '1000000000000000001';
const HERE = '1000000000000000002';
const TARGET = '1000000000000000009';
const MANAGE = String(1 << 4);
const scheduler = createDigestScheduler({ db: openDatabase(':memory:'), posters: [new RecordingPoster('discord')], log: silentLog, config: { DIGEST_GRACE_HOURS: 6, TZ: 'UTC' }, clock: () => new Date() });
let server: HttpServer;
let url: string;

beforeAll(async () => {
  server = new HttpServer(silentLog);
  const rest = createDiscordRest({ DISCORD_API_URL: 'http://127.0.0.1:9/api', DISCORD_TOKEN: undefined });
  handleHttpInteractions({ server, publicKey: keys.publicKeyHex, rest, commands: [digest], services: { featured: async () => undefined, digests: scheduler.service }, log: silentLog });
  url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/discord/interactions`;
});

afterAll(() => server.close());

/** `/digest <sub> channel:#target` typed in HERE, with the member's rights here and in the target as Discord resolves them. */
async function digestIn(subcommand: string, rights: { here: string; target?: string; targetGuild?: string }, token: string) {
  const channels = rights.target === undefined ? {} : { [TARGET]: { id: TARGET, name: 'news', type: 0, guild_id: rights.targetGuild ?? GUILD, permissions: rights.target } };
  const body = JSON.stringify(
    commandInteraction('digest', [], {
      token,
      member: { ...commandInteraction('x').member, permissions: rights.here },
      data: { id: '1300000000000000001', name: 'digest', type: 1, options: [{ name: subcommand, type: 1, options: [{ name: 'channel', type: 7, value: TARGET }] }], resolved: { channels } },
    }),
  );
  const timestamp = String(Math.floor(Date.now() / 1000));
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-signature-ed25519': keys.sign(timestamp, body), 'x-signature-timestamp': timestamp }, body });
  return ((await response.json()) as { data: { content: string; flags?: number } }).data;
}

describe('/digest channel:<other channel> on Discord', () => {
  it('GIVEN Manage Channels here but not in the target THEN subscribe is refused privately and nothing is subscribed', async () => {
    const answer = await digestIn('subscribe', { here: MANAGE, target: '0' }, 't-refused');
    expect(answer).toMatchObject({ flags: 64, content: expect.stringContaining('Manage Channels permission in that channel') });
    expect(scheduler.service.status('discord', TARGET)).toBeUndefined();
  });

  it('GIVEN Manage Channels in the target but not here THEN subscribe is allowed, for the target', async () => {
    const answer = await digestIn('subscribe', { here: '0', target: MANAGE }, 't-allowed');
    expect(answer.content).toContain(`<#${TARGET}> gets a music-news digest every day at 09:00`);
    expect(scheduler.service.status('discord', TARGET)).toBeDefined();
    expect(scheduler.service.status('discord', HERE)).toBeUndefined();
  });

  it('GIVEN no rights in the target THEN its status, with its settings and errors, is not shown from here', async () => {
    const answer = await digestIn('status', { here: MANAGE, target: '0' }, 't-status');
    expect(answer).toMatchObject({ flags: 64, content: expect.stringContaining(`Only members who can manage <#${TARGET}>`) });
    expect((await digestIn('status', { here: '0', target: MANAGE }, 't-status-ok')).content).toContain(`Daily digest in <#${TARGET}>`);
  });

  it('GIVEN a target Discord did not resolve, or one of another server THEN nobody may manage it from here', async () => {
    expect((await digestIn('unsubscribe', { here: MANAGE }, 't-unresolved')).content).toContain('Manage Channels');
    expect((await digestIn('unsubscribe', { here: MANAGE, target: MANAGE, targetGuild: '1000000000000000077' }, 't-foreign')).content).toContain('Manage Channels');
    expect(scheduler.service.status('discord', TARGET)).toBeDefined();
  });
});
