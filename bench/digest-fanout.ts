/**
 * `npm run bench:digest`: 500 digests due at the same minute (250 Discord channels, 250 Slack
 * channels), sent by the real scheduler and the real posters to local fake servers (in a worker
 * thread) that enforce the platforms' limits (429 beyond them). Prints messages/s next to each
 * limit, 429s, duplicates and lost digests. Targets: >= 90 % of Discord's 50/s, 0 duplicates, 0 lost.
 * Slack's limit is per channel, so one digest per channel never reaches it: its line shows speed only.
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { REST } from 'discord.js';
import { pino } from 'pino';
import { createDiscordDigestPoster } from '../src/adapters/discord/discord-digest-poster.js';
import { createSlackDigestPoster } from '../src/adapters/slack/slack-digest-poster.js';
import type { Article } from '../src/articles/article.js';
import { makeBrief } from '../src/core/index.js';
import { createDigestScheduler } from '../src/digest/digest-scheduler.js';
import type { DigestPoster } from '../src/digest/digest-poster.js';
import { ArticleRepository } from '../src/store/article-repository.js';
import { openDatabase } from '../src/store/database.js';
import type { FakePlatformsReport } from './digest-fake-platforms.js';

const PER_PLATFORM = 250;
const log = pino({ level: 'silent' });
const dir = mkdtempSync(join(tmpdir(), 'bench-digest-'));
const db = openDatabase(join(dir, 'bot.db'));
// The worker registers tsx itself: a worker thread does not inherit the parent's module hooks.
const fakesModule = new URL('./digest-fake-platforms.ts', import.meta.url).href;
const fakes = new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(fakesModule)}); });`, { eval: true });
const [{ discordApiUrl, slackApiUrl }] = (await once(fakes, 'message')) as [{ discordApiUrl: string; slackApiUrl: string }];

/** When each Slack post completed, at the poster (Discord's times are taken where Discord counts them). */
const slackSentAt: number[] = [];
const slackPoster = createSlackDigestPoster({ config: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: slackApiUrl }, log });
const posters: DigestPoster[] = [
  createDiscordDigestPoster(new REST({ api: discordApiUrl }).setToken('bench-token')),
  { platform: 'slack', post: async (...args) => slackPoster.post(...args).finally(() => slackSentAt.push(performance.now())) },
];

const now = Date.now();
const articles = new ArticleRepository(db);
for (let i = 0; i < 30; i++) {
  // Each story arrives when it is published, as from a feed polled often.
  const published = new Date(now - (i + 1) * 40 * 60_000);
  const article: Article = { title: `Story ${i} about a band on tour`, slug: `story-${i}`, published: published.toISOString(), featured: false, tags: [], body: `Story ${i}: the band announced a tour. Something happened in music.`, origin: `bench:story-${i}` };
  articles.save({ article, brief: makeBrief({ text: article.body, title: article.title }) }, { origin: 'bench', guid: article.slug, canonicalUrl: null, contentHash: article.slug }, null, published);
}
const scheduler = createDigestScheduler({ db, posters, log, config: { DIGEST_GRACE_HOURS: 6, TZ: 'UTC' } });
const due = new Date(now - 60_000).toISOString().slice(11, 16); // due a minute ago: every one is owed now
const discordChannels = Array.from({ length: PER_PLATFORM }, (_, i) => String(100_000_000_000_000_000n + BigInt(i)));
const slackChannels = Array.from({ length: PER_PLATFORM }, (_, i) => `C${String(i).padStart(8, '0')}`);
for (const [platform, channels] of [['discord', discordChannels], ['slack', slackChannels]] as const) {
  for (const channelId of channels) scheduler.service.subscribe({ platform, channelId, timeOfDay: due, timezone: 'UTC', includeWords: [], excludeWords: [], createdBy: 'bench' });
}
db.prepare('UPDATE subscriptions SET created_at = ?').run(new Date(now - 86_400_000).toISOString());

const started = performance.now();
await scheduler.start(); // the catch-up sweep at start sends every digest that is owed
const seconds = (performance.now() - started) / 1000;
await scheduler.stop();
fakes.postMessage({ report: slackChannels });
const [seen] = (await once(fakes, 'message')) as [FakePlatformsReport];
await fakes.terminate();

/** Steady rate: messages after the first over the time from first to last. */
const rate = (times: number[]) => (times.length < 2 ? 0 : ((times.length - 1) * 1000) / (Math.max(...times) - Math.min(...times)));
/**
 * Messages per second over the whole seconds from the first arrival, as the server counted them:
 * a burst after a pause cannot lift it above the limit the way a first-to-last rate can.
 */
function sustainedRate(times: number[]): number {
  const first = Math.min(...times);
  const seconds = Math.floor((Math.max(...times) - first) / 1000);
  return seconds < 1 ? 0 : times.filter((t) => t < first + seconds * 1000).length / seconds;
}
const discordRate = sustainedRate(seen.discord.map((m) => m.at));
const slackRate = rate(slackSentAt);
const duplicates = seen.discord.length - new Set(seen.discord.map((m) => `${m.channelId}:${m.nonce}`)).size + seen.slack.length - new Set(seen.slack.map((p) => p.key)).size;
const lost = 2 * PER_PLATFORM - new Set(seen.discord.map((m) => m.channelId)).size - new Set(seen.slack.map((p) => p.channel)).size;
const mostInOneChannel = Math.max(0, ...slackChannels.map((c) => seen.slack.filter((p) => p.channel === c).length));
const pct = (x: number, limit: number) => `${((100 * x) / limit).toFixed(0)} %`;

console.log(`digest fan-out: ${PER_PLATFORM * 2} subscriptions due at once (${PER_PLATFORM} Discord, ${PER_PLATFORM} Slack), real posters, fake servers enforcing limits`);
console.log(`  all sent in        ${seconds.toFixed(2)} s`);
console.log(`  Discord            ${discordRate.toFixed(1)} msg/s (whole seconds from the first)   limit 50/s global -> ${pct(discordRate, 50)} (target >= 90 %); busiest 1 s window ${seen.discordBusiestSecond} (limit 50); 429s ${seen.discordRateLimited}`);
console.log(`  Slack              ${slackRate.toFixed(1)} msg/s across ${PER_PLATFORM} channels   limit 1/s per channel, never binding with one digest per channel (most in one channel: ${mostInOneChannel}); 429s ${seen.slackRateLimited}`);
console.log(`  duplicates         ${duplicates}   (target 0)`);
console.log(`  lost               ${lost}   (target 0)`);

db.close();
rmSync(dir, { recursive: true, force: true });
