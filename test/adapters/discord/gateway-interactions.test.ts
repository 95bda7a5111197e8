import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import type { CommandDefinition } from '../../../commands/types.js';
import { createDiscordClient, handleGatewayInteractions } from '../../../src/adapters/discord/gateway-interactions.js';
import { FakeDiscordApi } from '../../fakes/fake-discord-api.js';
import { specErrors } from './discord-openapi.js';
import { briefed, commandInteraction, recordingLogger } from './discord-fixtures.js';

/**
 * Past this, an answer is deferred. Generous, so /farewell is answered directly even on a loaded CI
 * machine; the deferral path is driven by `slow`, which waits for the test, never by the clock.
 */
const DEFER_AFTER_MS = 2_000;
/** Waits cover the deferral deadline plus a loaded machine's slack. */
const WAIT_MS = DEFER_AFTER_MS + 6_000;
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
  handleGatewayInteractions(client, { commands: [...commands, slow], services: { featured: async () => featured }, log: recordingLogger().log, deferAfterMs: DEFER_AFTER_MS });
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

/** Matches the edit of an interaction's original answer, through its webhook. */
const isEditOf = (token: string) => (r: { method: string; path: string }) => r.method === 'PATCH' && r.path === `/webhooks/1100000000000000001/${token}/messages/@original`;

describe('gateway mode (real discord.js Client against the fake REST API)', () => {
  it('answers an INTERACTION_CREATE for /farewell with a callback carrying the brief embed', async () => {
    dispatchInteractionCreate(commandInteraction('farewell', [], { id: '1200000000000000010', token: 'gw-farewell' }));
    const callback = await fake.waitForRequest((r) => r.path === '/interactions/1200000000000000010/gw-farewell/callback', WAIT_MS);
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
    const callback = await fake.waitForRequest((r) => r.path === '/interactions/1200000000000000011/gw-private/callback', WAIT_MS);
    expect(callback.body.data.flags).toBe(64);
  });

  it('answers an unknown command with a short private message instead of leaving it unanswered', async () => {
    dispatchInteractionCreate(commandInteraction('vanished', [], { id: '1200000000000000012', token: 'gw-unknown' }));
    const callback = await fake.waitForRequest((r) => r.path === '/interactions/1200000000000000012/gw-unknown/callback', WAIT_MS);
    expect(callback.body.data).toMatchObject({ flags: 64, content: expect.stringContaining('Unknown command /vanished') });
  });

  it('defers a slow command ("thinking…"), then edits the original answer through the interaction webhook', async () => {
    dispatchInteractionCreate(commandInteraction('slow', [], { id: '1200000000000000013', token: 'gw-slow' }));
    const deferred = await fake.waitForRequest((r) => r.path === '/interactions/1200000000000000013/gw-slow/callback', WAIT_MS);
    expect(deferred.body).toMatchObject({ type: 5 });
    expect(fake.requests.filter(isEditOf('gw-slow'))).toEqual([]);
    release();
    const edit = await fake.waitForRequest(isEditOf('gw-slow'), WAIT_MS);
    expect(edit.body).toMatchObject({ content: 'done at last', allowed_mentions: { parse: [] } });
  });
});
