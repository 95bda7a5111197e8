/**
 * The fake Discord and Slack servers of `bench:digest`, in a worker thread: the real platforms run
 * on other machines, so their work must not slow the bot's event loop in the measurement.
 * Posts `{ discordApiUrl, slackApiUrl }` when listening; answers `'report'` with what they saw.
 */
import { parentPort } from 'node:worker_threads';
import { FakeSlackApi } from '../test/fakes/fake-slack-api.js';
import { FakeDiscordApi } from '../test/fakes/fake-discord-api.js';

export interface FakePlatformsReport {
  discord: { channelId: string; nonce: string | undefined; at: number }[];
  discordRateLimited: number;
  discordBusiestSecond: number;
  slack: { channel: string; key: unknown }[];
  slackRateLimited: number;
}

const discord = await FakeDiscordApi.start({ tokens: ['bench-token'], globalLimit: { requests: 50, perMs: 1000 }, channelMessageLimit: { messages: 5, perMs: 5000 } });
const slack = await FakeSlackApi.start({ channelRateLimit: { messages: 1, perMs: 1000 } });
parentPort!.postMessage({ discordApiUrl: discord.apiUrl, slackApiUrl: slack.apiUrl });

parentPort!.on('message', async (message: { report: string[] }) => {
  const report: FakePlatformsReport = {
    discord: discord.posts.map(({ channelId, nonce, at }) => ({ channelId, nonce, at })),
    discordRateLimited: discord.rateLimited,
    discordBusiestSecond: discord.busiestWindow(),
    slack: message.report.flatMap((channel) => slack.messages(channel).map((m) => ({ channel, key: m.metadata?.event_payload.key }))),
    slackRateLimited: slack.callsTo('chat.postMessage').filter((c) => c.status === 429).length,
  };
  await discord.close();
  await slack.close();
  parentPort!.postMessage(report);
});
