/**
 * `npm run bench:slack`: latency of signed `/farewell` slash commands over loopback, through the
 * real Bolt receiver on the shared HTTP server, next to a bare command that only acknowledges
 * (Bolt's own floor: signature check, parsing, routing). Target: `/farewell` p99 under 20 ms.
 * Requests go one at a time to 127.0.0.1, a bounded count; the Web API is the local fake.
 */
import { fileURLToPath } from 'node:url';
import { farewell } from '../commands/farewell.js';
import { createSlackAdapter } from '../src/adapters/slack/slack-adapter.js';
import { createLogger } from '../src/logger.js';
import { ArticleLibrary } from '../src/news/article-library.js';
import { HttpServer } from '../src/server/http-server.js';
import { SIGNING_SECRET, signSlackBody } from '../test/adapters/slack/slack-test-kit.js';
import { FakeSlackApi } from '../test/fakes/fake-slack-api.js';

const WARM_UP = 200;
const MEASURED = 2_000;

const library = await new ArticleLibrary(fileURLToPath(new URL('../data/articles', import.meta.url))).load();
const fake = await FakeSlackApi.start();
const log = createLogger('silent', false);
const server = new HttpServer(log);
const config = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_APP_TOKEN: undefined, SLACK_API_URL: fake.apiUrl };
const adapter = createSlackAdapter({ config, log, server, commands: [farewell], services: { featured: async () => library.featured() } });
adapter.app.command('/bare', async ({ ack }) => ack());
await adapter.start();
const url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/slack/events`;

/** One signed request, timed from send to the last byte of the answer; signing is the client's cost and is left out. */
async function timedCommand(command: string): Promise<number> {
  const body = new URLSearchParams({ command, text: '', team_id: 'T0', channel_id: 'C0', user_id: 'U0', response_url: fake.responseUrl(), trigger_id: '1' }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signSlackBody(SIGNING_SECRET, timestamp, body) };
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers, body });
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`${command} answered ${response.status}`);
  return elapsed;
}

const samples: Record<string, number[]> = { '/farewell': [], '/bare': [] };
for (let i = 0; i < WARM_UP; i++) for (const command of Object.keys(samples)) await timedCommand(command);
// Interleaved, so both commands see the same machine noise.
for (let i = 0; i < MEASURED; i++) for (const command of Object.keys(samples)) samples[command]!.push(await timedCommand(command));

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(2);
console.log(`Slack slash-command latency over loopback: ${MEASURED} signed requests each, sequential, after ${WARM_UP} warm-up`);
for (const [command, times] of Object.entries(samples)) {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`  ${command.padEnd(10)} ms  p50 ${pct(sorted, 0.5)}   p99 ${pct(sorted, 0.99)}   max ${sorted.at(-1)!.toFixed(2)}`);
}
console.log('  target: /farewell p99 < 20 ms');

await adapter.stop();
await server.close();
await fake.close();
