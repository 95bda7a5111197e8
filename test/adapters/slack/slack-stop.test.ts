import { afterEach, describe, expect, it } from 'vitest';
import type { CommandDefinition } from '../../../commands/types.js';
import { createSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/slack-adapter.js';
import { createLogger } from '../../../src/logger.js';
import { HttpServer } from '../../../src/server/http-server.js';
import { FakeSlackApi } from '../../fakes/fake-slack-api.js';
import { SIGNING_SECRET, postSlashCommand } from './slack-test-kit.js';

const silent = createLogger('silent', false);
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A command that answers only when the test says so (never, if it does not). */
function gatedCommand() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const definition: CommandDefinition = { name: 'slow', description: 'Waits for the test', run: async () => (await gate, { kind: 'text', text: 'done at last', private: false }) };
  return { definition, release };
}

/** A Slack adapter in HTTP mode on a loopback server, talking to a fake Slack. */
async function slackBot(definition: CommandDefinition, stopWaitMs?: number) {
  const fake = await FakeSlackApi.start();
  const server = new HttpServer(silent);
  const config = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_APP_TOKEN: undefined, SLACK_API_URL: fake.apiUrl };
  // A short ack deadline sends the gated command down the late path (ack empty, answer via response_url).
  const adapter: SlackAdapter = createSlackAdapter({ config, log: silent, server, commands: [definition], services: { featured: async () => undefined }, ackDeadlineMs: 50, ...(stopWaitMs ? { stopWaitMs } : {}) });
  await adapter.start();
  const eventsUrl = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/slack/events`;
  cleanups.push(() => fake.close(), () => server.close());
  const slowCommand = () => postSlashCommand(eventsUrl, { command: '/slow', responseUrl: fake.responseUrl('late') });
  return { fake, adapter, slowCommand };
}

describe('stopping the Slack adapter in HTTP mode', () => {
  it('GIVEN a slow command acknowledged empty WHEN the bot stops THEN stop waits until its answer reached response_url', async () => {
    const { definition, release } = gatedCommand();
    const { fake, adapter, slowCommand } = await slackBot(definition);
    const ack = await slowCommand();
    expect([ack.status, ack.body]).toEqual([200, '']);

    let stopped = false;
    const stopping = adapter.stop().then(() => (stopped = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(fake.responses).toEqual([{ id: 'late', body: expect.objectContaining({ response_type: 'in_channel', text: 'done at last' }) }]);
  });

  it('GIVEN a command that never finishes WHEN the bot stops THEN stop gives up waiting after its limit', async () => {
    const { definition } = gatedCommand();
    const { fake, adapter, slowCommand } = await slackBot(definition, 100);
    await slowCommand();
    await expect(adapter.stop()).resolves.toBeUndefined();
    expect(fake.responses).toEqual([]);
  });
});
