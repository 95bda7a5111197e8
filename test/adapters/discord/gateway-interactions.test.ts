import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import type { CommandDefinition } from '../../../commands/types.js';
import { createDiscordClient, handleGatewayInteractions } from '../../../src/adapters/discord/gateway-interactions.js';
import { FakeDiscordApi } from '../../fakes/fake-discord-api.js';
import { specErrors } from './discord-openapi.js';
import { briefed, commandInteraction, recordingLogger } from './discord-fixtures.js';

const featured = briefed({ title: 'Jimmy Page is writing his farewell', featured: true });
let fake: FakeDiscordApi;
let client: Client;
let release: () => void = () => {};
const slow: CommandDefinition = {
  name: 'slow',
  description: 'Answers when the test says so',
  async run() {
    await new Promise<void>((resolve) => (release = resolve));
    return { kind: 'text', text: 'done at last', private: false };
  },
};

beforeAll(async () => {
  fake = await FakeDiscordApi.start();
  client = createDiscordClient(fake.apiUrl);
  // Deferring after 50 ms instead of 2 s lets the slow command exercise defer + edit quickly.
  handleGatewayInteractions(client, { commands: [...commands, slow], services: { featured: async () => featured }, log: recordingLogger().log, deferAfterMs: 50 });
});

afterAll(async () => {
  await client.destroy();
  await fake.close();
});

/** What the gateway does with an INTERACTION_CREATE dispatch, without a gateway connection. */
function dispatchInteractionCreate(d: unknown): void {
  const packet = { op: 0, t: 'INTERACTION_CREATE', s: 1, d };
  (client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }).actions.InteractionCreate.handle(packet.d);
}

describe('gateway mode (real discord.js Client against the fake REST API)', () => {
  it('answers an INTERACTION_CREATE for /farewell with a callback carrying the brief embed', async () => {
    dispatchInteractionCreate(commandInteraction('farewell', [], { id: '1200000000000000010', token: 'gw-farewell' }));
    const callback = await fake.waitForRequest((r) => r.path === '/interactions/1200000000000000010/gw-farewell/callback');
    expect(callback.authorization).toBeUndefined();
    expect(callback.body).toMatchObject({
      type: 4,
      data: { allowed_mentions: { parse: [] }, embeds: [{ title: 'Jimmy Page is writing his farewell', url: 'https://example.com/reunion', footer: { text: 'Music Weekly · 2026-11-20' } }] },
    });
    expect(callback.body.data.flags).toBeFalsy();
    expect(specErrors('CreateMessageInteractionCallbackRequest', callback.body)).toEqual([]);
  });

  it('answers privately (ephemeral flag) when asked', async () => {
    dispatchInteractionCreate(commandInteraction('farewell', [{ name: 'private', type: 5, value: true }], { id: '1200000000000000011', token: 'gw-private' }));
    const callback = await fake.waitForRequest((r) => r.path === '/interactions/1200000000000000011/gw-private/callback');
    expect(callback.body.data.flags).toBe(64);
  });

  it('answers an unknown command with a short private message instead of leaving it unanswered', async () => {
    dispatchInteractionCreate(commandInteraction('vanished', [], { id: '1200000000000000012', token: 'gw-unknown' }));
    const callback = await fake.waitForRequest((r) => r.path === '/interactions/1200000000000000012/gw-unknown/callback');
    expect(callback.body.data).toMatchObject({ flags: 64, content: expect.stringContaining('Unknown command /vanished') });
  });

  it('defers a slow command ("thinking…"), then edits the original answer through the interaction webhook', async () => {
    dispatchInteractionCreate(commandInteraction('slow', [], { id: '1200000000000000013', token: 'gw-slow' }));
    const deferred = await fake.waitForRequest((r) => r.path === '/interactions/1200000000000000013/gw-slow/callback');
    expect(deferred.body).toMatchObject({ type: 5 });
    release();
    const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === '/webhooks/1100000000000000001/gw-slow/messages/@original');
    expect(edit.body).toMatchObject({ content: 'done at last', allowed_mentions: { parse: [] } });
  });
});
