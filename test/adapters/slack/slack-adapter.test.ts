import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { farewell } from '../../../commands/farewell.js';
import type { BriefedArticle, CommandDefinition, CommandServices } from '../../../commands/types.js';
import { renderSlackReply } from '../../../src/adapters/slack/render.js';
import { createSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/slack-adapter.js';
import { createLogger } from '../../../src/logger.js';
import { ArticleLibrary } from '../../../src/news/article-library.js';
import { HttpServer } from '../../../src/server/http-server.js';
import { FakeSlackApi } from '../../fakes/fake-slack-api.js';
import { SIGNING_SECRET, blockKitProblems, briefedArticle, postSlashCommand, signSlackBody } from './slack-test-kit.js';

const articlesDir = fileURLToPath(new URL('../../../data/articles', import.meta.url));

/** A command that reports what the adapter handed it, so the wiring itself is under test. */
const echo: CommandDefinition = {
  name: 'echo',
  description: 'Shows what the adapter passed in',
  subcommands: [
    { name: 'manage', description: 'Needs channel rights', requiresManageChannel: true, options: [{ name: 'channel', description: 'Which', type: 'channel' }] },
    { name: 'look', description: 'Anyone', options: [] },
  ],
  async run(ctx) {
    const { subcommand, options, channelId, userId, workspaceId, canManageChannel } = ctx;
    return { kind: 'text', text: JSON.stringify({ subcommand, options, channelId, userId, workspaceId, canManageChannel }), private: true };
  },
};

let gate: Promise<void> = Promise.resolve();
const slow: CommandDefinition = { name: 'slow', description: 'Waits for the test', run: async () => (await gate, { kind: 'text', text: 'done at last', private: false }) };
const boom: CommandDefinition = { name: 'boom', description: 'Always fails', run: () => Promise.reject(new Error('database on fire')) };

/**
 * Past this, a command is acknowledged empty and answered through response_url. Generous, so a
 * command that first makes Web API calls is still answered in the acknowledgement on a loaded CI
 * machine; the late path is driven by `slow`, which waits for the test, never by the clock.
 */
const ACK_DEADLINE_MS = 2_000;

let fake: FakeSlackApi;
let server: HttpServer;
let adapter: SlackAdapter;
let eventsUrl: string;
let featured: BriefedArticle | undefined;
const services: CommandServices = { featured: async () => featured };

beforeAll(async () => {
  const library = await new ArticleLibrary(articlesDir).load();
  fake = await FakeSlackApi.start();
  fake.addUser({ id: 'U0ADMIN', isAdmin: true });
  fake.addUser({ id: 'U0ALICE' });
  fake.addChannel({ id: 'C0ALICE', creator: 'U0ALICE' });
  fake.addChannel({ id: 'C0GENERAL', creator: 'U0ADMIN' });
  server = new HttpServer(createLogger('silent', false));
  const config = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_APP_TOKEN: undefined, SLACK_API_URL: fake.apiUrl };
  adapter = createSlackAdapter({ config, log: createLogger('silent', false), server, commands: [farewell, echo, slow, boom], services, ackDeadlineMs: ACK_DEADLINE_MS });
  await adapter.start();
  eventsUrl = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/slack/events`;
  featured = library.featured();
});

afterAll(async () => {
  await adapter.stop();
  await server.close();
  await fake.close();
});

beforeEach(() => {
  fake.responses.length = 0;
});

const command = (cmd: string, text = '', extra: Partial<Parameters<typeof postSlashCommand>[1]> = {}) =>
  postSlashCommand(eventsUrl, { command: cmd, text, responseUrl: fake.responseUrl(), ...extra });

describe('the Slack adapter over HTTP, with Bolt’s own receiver', () => {
  it('checks the bot token once at start', () => {
    expect(fake.callsTo('auth.test')).toHaveLength(1);
  });

  it('answers a signed /farewell in the channel with the brief’s blocks, in the acknowledgement', async () => {
    const res = await command('/farewell');
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body);
    expect(body.response_type).toBe('in_channel');
    expect(body.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: featured!.article.title } });
    expect(JSON.stringify(body.blocks)).toContain('>“This isn’t just a song,”');
    expect(blockKitProblems(body.blocks)).toEqual([]);
    expect(body.text).toContain('Jimmy Page');
  });

  it('answers /farewell quotes private only to the caller', async () => {
    const body = JSON.parse((await command('/farewell', 'quotes private')).body);
    expect(body.response_type).toBe('ephemeral');
    expect(JSON.stringify(body.blocks)).not.toContain('*Summary*');
  });

  it('answers /farewell help and an unknown option privately with the usage', async () => {
    for (const text of ['help', 'lyrics']) {
      const body = JSON.parse((await command('/farewell', text)).body);
      expect(body.response_type).toBe('ephemeral');
      expect(body.text).toContain('Usage: `/farewell [brief|summary|quotes|article] [private]`');
    }
  });

  it('refuses a wrong signature and a six-minute-old timestamp with 401, and runs nothing', async () => {
    const wrong = await command('/farewell', '', { signature: signSlackBody('not-the-secret', Math.floor(Date.now() / 1000), 'x') });
    const stale = await command('/farewell', '', { timestampSec: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect([wrong.status, stale.status]).toEqual([401, 401]);
    expect(wrong.body + stale.body).toBe('');
  });

  it('posts a long article in several messages: the first in the acknowledgement, the rest to response_url', async () => {
    const saved = featured;
    featured = briefedArticle(Array.from({ length: 80 }, (_, i) => `Paragraph ${i}. ${'A long story about guitars. '.repeat(20)}`).join('\n'));
    try {
      const first = JSON.parse((await command('/farewell', 'article')).body);
      const expected = renderSlackReply({ kind: 'article', item: featured, private: false }).messages;
      await vi.waitFor(() => expect(fake.responses).toHaveLength(expected.length - 1), { timeout: 5_000 });
      const rest = fake.responses.map((r) => r.body as { response_type: string; blocks: unknown[] });
      expect(rest.length).toBeGreaterThan(0);
      for (const message of [first, ...rest]) {
        expect(message.response_type).toBe('in_channel');
        expect(blockKitProblems(message.blocks)).toEqual([]);
      }
      expect(JSON.stringify(rest.at(-1))).toContain('Paragraph 79.');
    } finally {
      featured = saved;
    }
  });

  it('acknowledges a slow command at once and delivers its answer through response_url', async () => {
    let release!: () => void;
    gate = new Promise((resolve) => (release = resolve));
    const res = await command('/slow');
    expect([res.status, res.body]).toEqual([200, '']);
    release();
    await vi.waitFor(() => expect(fake.responses).toHaveLength(1), { timeout: 5_000 });
    expect(fake.responses[0]!.body).toMatchObject({ response_type: 'in_channel', text: 'done at last' });
  });

  it('answers a failing command privately with an apology', async () => {
    const body = JSON.parse((await command('/boom')).body);
    expect(body).toMatchObject({ response_type: 'ephemeral', text: ':warning: Sorry, /boom failed. The error is logged.' });
  });

  it('lets a workspace admin or the channel’s creator run a managing subcommand, and nobody else', async () => {
    const run = async (user: string, text: string, channel = 'C0GENERAL') => JSON.parse((await command('/echo', text, { userId: user, channelId: channel })).body).text as string;
    expect(await run('U0ALICE', 'manage')).toContain('Only a workspace admin or the channel’s creator can use /echo manage');
    expect(JSON.parse(await run('U0ADMIN', 'manage'))).toMatchObject({ subcommand: 'manage', canManageChannel: true, workspaceId: 'T0FAKE' });
    expect(JSON.parse(await run('U0ALICE', 'manage', 'C0ALICE'))).toMatchObject({ canManageChannel: true, channelId: 'C0ALICE' });
    expect(await run('U0ALICE', 'manage channel:<#C0GENERAL|general>', 'C0ALICE')).toContain('Only a workspace admin');
    expect(JSON.parse(await run('U0ALICE', 'manage channel:<#C0ALICE|alice>'))).toMatchObject({ options: { channel: 'C0ALICE' }, canManageChannel: true, channelId: 'C0GENERAL' });
    expect(await run('U0ADMIN', 'manage channel:#news')).toContain('Slack did not link "#news" to a channel');
    expect(JSON.parse(await run('U0ALICE', 'look'))).toMatchObject({ subcommand: 'look', canManageChannel: false, userId: 'U0ALICE' });
  });

  it('reports itself healthy on /healthz', async () => {
    const health = await fetch(eventsUrl.replace('/slack/events', '/healthz'));
    expect(await health.json()).toEqual({ ok: true, checks: { slack: true } });
  });
});
