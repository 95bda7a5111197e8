import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingNames } from '../src/config.js';
import { signingKeys } from './adapters/discord/discord-fixtures.js';
import { SIGNING_SECRET, postSlashCommand } from './adapters/slack/slack-test-kit.js';
import { FakeDiscordApi } from './fakes/fake-discord-api.js';
import { FakeSlackApi } from './fakes/fake-slack-api.js';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const tsxLoader = pathToFileURL(join(projectDir, 'node_modules/tsx/dist/loader.mjs')).href;

describe('npm start with Discord and Slack settings', () => {
  let discordApi: FakeDiscordApi;
  let slackApi: FakeSlackApi;
  beforeAll(async () => {
    discordApi = await FakeDiscordApi.start();
    slackApi = await FakeSlackApi.start();
  });
  afterAll(async () => {
    await discordApi.close();
    await slackApi.close();
  });

  it('GIVEN a malformed feed list THEN it exits 2 with one line naming FEEDS_FILE, the file and the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'farewell-feeds-'));
    writeFileSync(join(dir, 'feeds.json'), '[{"name": "NME"}]');
    const blank = Object.fromEntries(settingNames.map((name) => [name, '']));
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, ...blank, DATABASE_PATH: join(dir, 'bot.db'), FEEDS_FILE: join(dir, 'feeds.json'), SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: slackApi.apiUrl };
    const child = spawn(process.execPath, ['--import', tsxLoader, join(projectDir, 'src/main.ts')], { cwd: projectDir, env });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^farewell-bot: configuration error: FEEDS_FILE: ${join(dir, 'feeds.json')}: .*url.*\\n$`));
  });

  it('serves Discord interactions, Slack slash commands and /healthz on one port, and stops cleanly on SIGTERM', async () => {
    const keys = signingKeys();
    const blank = Object.fromEntries(settingNames.map((name) => [name, '']));
    const dir = mkdtempSync(join(tmpdir(), 'farewell-platforms-'));
    // No feeds: a test never reaches outside this machine.
    writeFileSync(join(dir, 'feeds.json'), '[]');
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...blank,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_PATH: join(dir, 'bot.db'),
      FEEDS_FILE: join(dir, 'feeds.json'),
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_APPLICATION_ID: '123456789012345678',
      DISCORD_TOKEN: 'test-token',
      DISCORD_API_URL: discordApi.apiUrl,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slackApi.apiUrl,
      LOG_LEVEL: 'info',
    };
    const child = spawn(process.execPath, ['--import', tsxLoader, join(projectDir, 'src/main.ts')], { cwd: projectDir, env });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        stdout += c.toString();
        if (/slack \(HTTP events\) ready/.test(stdout)) resolve(Number(/port (\d+)/.exec(stdout)![1]));
      });
      void exited.then(() => reject(new Error(`exited early: ${stdout}${stderr}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    expect(stdout).toMatch(/discord \(HTTP interactions at \/discord\/interactions\) ready · port \d+/);

    const ping = JSON.stringify({ type: 1, id: '1', application_id: '123456789012345678', token: 't', version: 1 });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const pong = await fetch(`${base}/discord/interactions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature-ed25519': keys.sign(timestamp, ping), 'x-signature-timestamp': timestamp },
      body: ping,
    });
    expect(pong.status).toBe(200);
    expect(await pong.json()).toEqual({ type: 1 });

    const slack = await postSlashCommand(`${base}/slack/events`, { command: '/farewell', responseUrl: slackApi.responseUrl('r1') });
    expect(slack.status).toBe(200);
    expect(slack.body).toContain('his wife');

    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, checks: { database: true, discord: true, slack: true } });

    expect(stdout + stderr).not.toContain('test-token');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
