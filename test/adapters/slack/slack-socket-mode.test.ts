import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { farewell } from '../../../commands/farewell.js';
import { createSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/slack-adapter.js';
import { createLogger } from '../../../src/logger.js';
import { ArticleLibrary } from '../../../src/news/article-library.js';
import { HttpServer } from '../../../src/server/http-server.js';
import { FakeSlackApi } from '../../fakes/fake-slack-api.js';
import { FakeSlackSocket } from '../../fakes/fake-slack-socket.js';
import { blockKitProblems } from './slack-test-kit.js';

let api: FakeSlackApi;
let socket: FakeSlackSocket;
let server: HttpServer;
let adapter: SlackAdapter;
let port: number;

beforeAll(async () => {
  const library = await new ArticleLibrary(fileURLToPath(new URL('../../../data/articles', import.meta.url))).load();
  [api, socket] = await Promise.all([FakeSlackApi.start(), FakeSlackSocket.start()]);
  api.socketModeUrl = socket.url;
  server = new HttpServer(createLogger('silent', false));
  const config = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: undefined, SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: api.apiUrl };
  adapter = createSlackAdapter({ config, log: createLogger('silent', false), server, commands: [farewell], services: { featured: async () => library.featured() } });
  await adapter.start();
  port = await server.listen(0, '127.0.0.1');
});

afterAll(async () => {
  await adapter.stop();
  await Promise.all([server.close(), socket.close(), api.close()]);
});

describe('the Slack adapter in Socket Mode (SLACK_APP_TOKEN set)', () => {
  it('connects with the app token through SLACK_API_URL and serves no HTTP endpoint', async () => {
    expect(adapter.mode).toBe('socket');
    expect(api.callsTo('apps.connections.open').map((c) => c.token)).toEqual(['xapp-test']);
    expect((await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST' })).status).toBe(404);
  });

  it('answers /farewell summary over the socket with the summary blocks', async () => {
    const ack = (await socket.send('slash_commands', {
      command: '/farewell',
      text: 'summary',
      user_id: 'U0ALICE',
      channel_id: 'C0GENERAL',
      team_id: 'T0FAKE',
      response_url: api.responseUrl(),
      trigger_id: '1.2.3',
    })) as { response_type: string; blocks: { type: string; text?: { text: string } }[] };
    expect(ack.response_type).toBe('in_channel');
    expect(ack.blocks.find((b) => b.type === 'section')?.text?.text).toMatch(/^\*Summary\*\nThe world of rock music grew silent today/u);
    expect(blockKitProblems(ack.blocks)).toEqual([]);
  });
});
