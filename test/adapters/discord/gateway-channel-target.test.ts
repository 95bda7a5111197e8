import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandDefinition } from '../../../commands/types.js';
import { createDiscordClient, handleGatewayInteractions } from '../../../src/adapters/discord/gateway-interactions.js';
import { FakeDiscordApi } from '../../fakes/fake-discord-api.js';
import { commandInteraction, recordingLogger } from './discord-fixtures.js';

const TARGET = '1000000000000000009';
let fake: FakeDiscordApi;
let client: Client;

/** A managing subcommand aimed at a channel option, answering with the channel it acted on. */
const plan: CommandDefinition = {
  name: 'plan',
  description: 'A channel plan',
  subcommands: [{ name: 'change', description: 'Change it', requiresManageChannel: true, options: [{ name: 'channel', description: 'Which', type: 'channel' }] }],
  run: async (ctx) => ({ kind: 'text', text: `changed ${String(ctx.options.channel)}`, private: true }),
};

beforeAll(async () => {
  fake = await FakeDiscordApi.start();
  client = createDiscordClient(fake.apiUrl);
  handleGatewayInteractions(client, { commands: [plan], services: { featured: async () => undefined }, log: recordingLogger().log });
});

afterAll(async () => {
  await client.destroy();
  await fake.close();
});

/** Dispatches `/plan change channel:#target` as the gateway would and returns the callback Discord received. */
async function planIn(rights: { here: string; target: string }, id: string) {
  const d = commandInteraction('plan', [], {
    id,
    token: `gw-${id}`,
    member: { ...commandInteraction('x').member, permissions: rights.here },
    data: {
      id: '1300000000000000001', name: 'plan', type: 1,
      options: [{ name: 'change', type: 1, options: [{ name: 'channel', type: 7, value: TARGET }] }],
      resolved: { channels: { [TARGET]: { id: TARGET, name: 'news', type: 0, guild_id: '1000000000000000001', permissions: rights.target } } },
    },
  });
  (client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }).actions.InteractionCreate.handle(d);
  const callback = await fake.waitForRequest((r) => r.path === `/interactions/${id}/gw-${id}/callback`);
  return (callback.body as { data: { content: string } }).data.content;
}

describe('gateway mode: rights in the channel an option names', () => {
  it('GIVEN Manage Channels where the command was typed but not in the target THEN it is refused', async () => {
    expect(await planIn({ here: String(1 << 4), target: '0' }, '1200000000000000031')).toContain('needs the Manage Channels permission in that channel');
  });

  it('GIVEN Manage Channels (or Administrator) in the target only THEN it runs', async () => {
    expect(await planIn({ here: '0', target: String(1 << 4) }, '1200000000000000032')).toBe(`changed ${TARGET}`);
    expect(await planIn({ here: '0', target: String(1 << 3) }, '1200000000000000033')).toBe(`changed ${TARGET}`);
  });

  it('reads the same rights when the server is cached, as after login (discord.js keeps them on its own copy of the channel)', async () => {
    (client.guilds as unknown as { _add(data: unknown): unknown })._add({ id: '1000000000000000001', name: 'Music', channels: [], roles: [], members: [] });
    expect(await planIn({ here: String(1 << 4), target: '0' }, '1200000000000000034')).toContain('Manage Channels');
    expect(await planIn({ here: '0', target: String(1 << 4) }, '1200000000000000035')).toBe(`changed ${TARGET}`);
    expect(client.channels.cache.get(TARGET)).toBeDefined();
  });
});
