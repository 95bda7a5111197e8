import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import type { CommandContext, CommandDefinition, Reply } from '../../../commands/types.js';
import { createDiscordAdapter } from '../../../src/adapters/discord/discord-adapter.js';
import { createDiscordRest } from '../../../src/adapters/discord/discord-rest.js';
import { handleHttpInteractions } from '../../../src/adapters/discord/http-interactions.js';
import { loadConfig } from '../../../src/config.js';
import { HttpServer } from '../../../src/server/http-server.js';
import { FakeDiscordApi } from '../../fakes/fake-discord-api.js';
import { specErrors } from './discord-openapi.js';
import { briefed, commandInteraction, recordingLogger, signingKeys } from './discord-fixtures.js';

const keys = signingKeys();
const featured = briefed({ title: 'Jimmy Page is writing his farewell', featured: true });
const longStory = briefed({ body: Array.from({ length: 40 }, (_, i) => `Paragraph ${i} ${'has many words in it '.repeat(20)}.`).join('\n') });
let release: () => void = () => {};
const seen: CommandContext[] = [];

/** Test-only commands next to the real ones: slow, failing, and one with a managed subcommand. */
const testCommands: CommandDefinition[] = [
  { name: 'slow', description: 'Answers when the test says so', async run(ctx) {
    await new Promise<void>((resolve) => (release = resolve));
    return { kind: 'text', text: 'done at last', private: ctx.options.private === true };
  } },
  { name: 'slowfail', description: 'Slow, then an error', async run() {
    await new Promise<void>((resolve) => (release = resolve));
    return { kind: 'error', message: 'It went wrong.', private: true };
  } },
  { name: 'boom', description: 'Throws', run: async () => { throw new Error('database on fire'); } },
  { name: 'long', description: 'A long article', run: async (): Promise<Reply> => ({ kind: 'article', item: longStory, private: true }) },
  { name: 'manage', description: 'Needs rights', subcommands: [
    { name: 'change', description: 'Change it', requiresManageChannel: true, options: [{ name: 'hour', description: 'Hour', type: 'integer' }] },
    { name: 'look', description: 'Look at it', options: [] },
  ], async run(ctx) {
    seen.push(ctx);
    return { kind: 'text', text: `ran ${ctx.subcommand}`, private: false };
  } },
];

let fake: FakeDiscordApi;
let server: HttpServer;
let slowServer: HttpServer;
let url: string;
let slowUrl: string;
let slowInFlight: ReturnType<typeof handleHttpInteractions>;
const recorded = recordingLogger();

beforeAll(async () => {
  fake = await FakeDiscordApi.start();
  const config = loadConfig({ DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_APPLICATION_ID: '1100000000000000001', DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'silent' });
  const services = { featured: async () => featured };
  server = new HttpServer(recorded.log);
  createDiscordAdapter({ config, log: recorded.log, server, commands: [...commands, ...testCommands], services });
  url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/discord/interactions`;
  // A second server that defers almost at once, to exercise the deferred path without waiting 2 s.
  slowServer = new HttpServer(recorded.log);
  slowInFlight = handleHttpInteractions({ server: slowServer, publicKey: keys.publicKeyHex, rest: createDiscordRest(config), commands: testCommands, services, log: recorded.log, deferAfterMs: 10 });
  slowUrl = `http://127.0.0.1:${await slowServer.listen(0, '127.0.0.1')}/discord/interactions`;
});

afterAll(async () => {
  await server.close();
  await slowServer.close();
  await fake.close();
});

async function post(body: unknown, options: { to?: string; sign?: (ts: string, body: string) => string; headers?: Record<string, string> } = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = (options.sign ?? keys.sign)(timestamp, text);
  const response = await fetch(options.to ?? url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp, ...options.headers },
    body: text,
  });
  return { status: response.status, json: (await response.json()) as any };
}

const interactionWith = (token: string, name: string, options: unknown[] = [], extra = {}) => commandInteraction(name, options, { token, ...extra });

describe('POST /discord/interactions', () => {
  it('answers a signed PING with PONG', async () => {
    expect(await post({ type: 1 })).toEqual({ status: 200, json: { type: 1 } });
  });

  it('refuses a forged signature, a missing one and a tampered body with 401', async () => {
    const forger = signingKeys();
    expect((await post({ type: 1 }, { sign: forger.sign })).status).toBe(401);
    expect((await post({ type: 1 }, { headers: { 'x-signature-ed25519': '' } })).status).toBe(401);
    expect((await post({ type: 1 }, { sign: (ts) => keys.sign(ts, '{"type":2}') })).status).toBe(401);
  });

  it('answers a malformed body with 400 and a reason', async () => {
    expect(await post('{not json')).toEqual({ status: 400, json: { error: 'body is not JSON' } });
    const noType = await post({ hello: 'world' });
    expect(noType.status).toBe(400);
    expect(noType.json.error).toMatch(/not an interaction/);
    expect((await post({ type: 2, id: '1' })).status).toBe(400);
  });

  it('answers /farewell in the HTTP response with the brief embed, no mentions, valid per Discord’s spec', async () => {
    const { status, json } = await post(interactionWith('t-farewell', 'farewell'));
    expect(status).toBe(200);
    expect(json.type).toBe(4);
    expect(json.data.allowed_mentions).toEqual({ parse: [] });
    expect(json.data.flags).toBeUndefined();
    expect(json.data.embeds[0].title).toBe('Jimmy Page is writing his farewell');
    expect(specErrors('CreateMessageInteractionCallbackRequest', json)).toEqual([]);
  });

  it('answers /farewell private:true only to the caller', async () => {
    const { json } = await post(interactionWith('t-private', 'farewell', [{ name: 'private', type: 5, value: true }, { name: 'view', type: 3, value: 'quotes' }]));
    expect(json.data.flags).toBe(64);
    expect(json.data.embeds[0].description).toContain('> “We missed the stage,”\n— Ann Smith');
  });

  it('sends the rest of a long article as follow-up messages', async () => {
    const { json } = await post(interactionWith('t-long', 'long'));
    expect(json.data.flags).toBe(64);
    await fake.waitForRequest((r) => r.path === '/webhooks/1100000000000000001/t-long');
    const followUps = fake.messages.get('t-long') ?? [];
    expect(followUps.length).toBeGreaterThan(0);
    for (const message of followUps) expect(message).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
  });

  it('answers a command that throws with a short private message and logs the error', async () => {
    const { json } = await post(interactionWith('t-boom', 'boom'));
    expect(json).toEqual({ type: 4, data: { content: '⚠️ Sorry, that did not work. The error has been logged.', flags: 64, allowed_mentions: { parse: [] } } });
    expect(recorded.lines().some((l) => l.msg === 'command failed' && JSON.stringify(l.err).includes('database on fire'))).toBe(true);
  });

  it('defers a slow command, then edits the original answer', async () => {
    const { json } = await post(interactionWith('t-slow', 'slow'), { to: slowUrl });
    expect(json).toEqual({ type: 5, data: {} });
    release();
    await fake.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith('/t-slow/messages/@original'));
    expect(fake.originals.get('t-slow')).toEqual({ content: 'done at last', allowed_mentions: { parse: [] } });
  });

  it('defers privately when the caller asked for a private answer', async () => {
    const { json } = await post(interactionWith('t-slow-private', 'slow', [{ name: 'private', type: 5, value: true }]), { to: slowUrl });
    expect(json).toEqual({ type: 5, data: { flags: 64 } });
    release();
    await fake.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith('/t-slow-private/messages/@original'));
  });

  it('replaces a public "thinking…" with a private message when a slow command fails', async () => {
    const { json } = await post(interactionWith('t-slowfail', 'slowfail'), { to: slowUrl });
    expect(json).toEqual({ type: 5, data: {} });
    release();
    await fake.waitForRequest((r) => r.path === '/webhooks/1100000000000000001/t-slowfail' && r.method === 'POST');
    expect(fake.requests.some((r) => r.method === 'DELETE' && r.path.endsWith('/t-slowfail/messages/@original'))).toBe(true);
    expect(fake.messages.get('t-slowfail')).toEqual([expect.objectContaining({ content: '⚠️ It went wrong.', flags: 64 })]);
  });
});

describe('stopping', () => {
  it('waits for a deferred answer to be sent before it resolves', async () => {
    await post(interactionWith('t-drain', 'slow'), { to: slowUrl });
    let drained = false;
    const draining = slowInFlight.drain().then(() => (drained = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(drained).toBe(false);
    release();
    await draining;
    expect(fake.originals.get('t-drain')).toMatchObject({ content: 'done at last' });
  });
});

describe('subcommands and channel rights', () => {
  const change = [{ name: 'change', type: 1, options: [{ name: 'hour', type: 4, value: 8 }] }];
  const withPermissions = (token: string, permissions: string) =>
    interactionWith(token, 'manage', change, { member: { ...commandInteraction('x').member, permissions } });

  it('maps a SUB_COMMAND option to the neutral subcommand and its options', async () => {
    const { json } = await post(withPermissions('t-sub', String(1 << 4)));
    expect(json.data.content).toBe('ran change');
    expect(seen.at(-1)).toMatchObject({ subcommand: 'change', options: { hour: 8 }, canManageChannel: true, channelId: '1000000000000000002', userId: '1000000000000000003', workspaceId: '1000000000000000001' });
  });

  it('refuses a Manage Channels subcommand to a member without it, privately', async () => {
    const { json } = await post(withPermissions('t-denied', '0'));
    expect(json.data).toMatchObject({ flags: 64, content: expect.stringContaining('Manage Channels') });
  });

  it('lets an administrator run it', async () => {
    const { json } = await post(withPermissions('t-admin', String(1 << 3)));
    expect(json.data.content).toBe('ran change');
  });
});
