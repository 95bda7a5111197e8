import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digest } from '../../../commands/digest.js';
import type { CommandDefinition } from '../../../commands/types.js';
import { parseSlackCommandText, slackChannelId } from '../../../src/adapters/slack/parse-command-text.js';
import { createSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/slack-adapter.js';
import { createLogger } from '../../../src/logger.js';
import { HttpServer } from '../../../src/server/http-server.js';
import { FakeSlackApi } from '../../fakes/fake-slack-api.js';
import { SIGNING_SECRET, postSlashCommand } from './slack-test-kit.js';

describe('a channel option typed in Slack', () => {
  it('reads a picked channel, a bare id and a private channel as the id', () => {
    expect(parseSlackCommandText(digest, 'status channel:<#C0NEWS|news>')).toEqual({ kind: 'run', subcommand: 'status', options: { channel: 'C0NEWS' } });
    expect(parseSlackCommandText(digest, 'preview channel:<#C0NEWS>')).toMatchObject({ options: { channel: 'C0NEWS' } });
    expect(parseSlackCommandText(digest, 'unsubscribe channel:G0PRIVATE')).toMatchObject({ options: { channel: 'G0PRIVATE' } });
  });

  it.each([
    ['<#D0DIRECT>', 'not a Slack channel'],
    ['c0news', 'not a Slack channel'],
    ['<@U0ALICE>', 'not a Slack channel'],
    ['C1', 'not a Slack channel'],
    ['#news', 'Slack did not link "#news" to a channel'],
  ])('GIVEN channel:%s THEN it answers with a clear problem instead of guessing', (value, problem) => {
    const parsed = parseSlackCommandText(digest, `subscribe channel:${value}`);
    expect(parsed).toMatchObject({ kind: 'usage', problem: expect.stringContaining(problem) });
    expect(slackChannelId(value)).toMatchObject({ problem: expect.stringContaining(problem) });
  });
});

/** Reports which channel it acted on and the rights the adapter found there. */
const plan: CommandDefinition = {
  name: 'plan',
  description: 'A channel plan',
  subcommands: [
    { name: 'change', description: 'Change it', requiresManageChannel: true, options: [{ name: 'channel', description: 'Which', type: 'channel' }] },
    { name: 'look', description: 'Look at it', options: [{ name: 'channel', description: 'Which', type: 'channel' }] },
  ],
  run: async (ctx) => ({ kind: 'text', text: `${ctx.subcommand} ${String(ctx.options.channel ?? ctx.channelId)} manage=${ctx.canManageChannel}`, private: true }),
};

let fake: FakeSlackApi;
let server: HttpServer;
let adapter: SlackAdapter;
let eventsUrl: string;

beforeAll(async () => {
  fake = await FakeSlackApi.start();
  fake.addUser({ id: 'U0ALICE' });
  fake.addChannel({ id: 'C0ALICE', creator: 'U0ALICE' });
  fake.addChannel({ id: 'C0GENERAL', creator: 'U0BOB' });
  const log = createLogger('silent', false);
  server = new HttpServer(log);
  const config = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_APP_TOKEN: undefined, SLACK_API_URL: fake.apiUrl };
  adapter = createSlackAdapter({ config, log, server, commands: [plan], services: { featured: async () => undefined }, ackDeadlineMs: 2_000 });
  await adapter.start();
  eventsUrl = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/slack/events`;
});

afterAll(async () => {
  await adapter.stop();
  await server.close();
  await fake.close();
});

const typePlan = async (text: string, channelId: string) =>
  (JSON.parse((await postSlashCommand(eventsUrl, { command: '/plan', text, channelId, userId: 'U0ALICE', responseUrl: `${fake.apiUrl}/unused` })).body) as { text: string }).text;

describe('/plan channel:… over Slack', () => {
  it('GIVEN the creator of the current channel aiming at a channel she cannot manage THEN it is refused', async () => {
    expect(await typePlan('change channel:<#C0GENERAL|general>', 'C0ALICE')).toContain('Only a workspace admin or the channel’s creator can use /plan change for that channel');
    expect(fake.callsTo('conversations.info').at(-1)?.body).toMatchObject({ channel: 'C0GENERAL' });
  });

  it('GIVEN a member aiming from elsewhere at the channel she created THEN it runs with the right', async () => {
    expect(await typePlan('change channel:<#C0ALICE|alice>', 'C0GENERAL')).toBe('change C0ALICE manage=true');
    expect(await typePlan('look channel:C0GENERAL', 'C0ALICE')).toBe('look C0GENERAL manage=false');
  });

  it('GIVEN a DM or a lower-case id THEN it says so and checks no rights', async () => {
    const before = fake.callsTo('users.info').length;
    expect(await typePlan('change channel:<#D0DIRECT>', 'C0ALICE')).toContain('D0DIRECT&gt;" is not a Slack channel: pick one with # (a public or private channel, not a DM)');
    expect(await typePlan('change channel:c0alice', 'C0ALICE')).toContain('is not a Slack channel');
    expect(fake.callsTo('users.info')).toHaveLength(before);
  });
});
