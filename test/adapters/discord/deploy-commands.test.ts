import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { deployCommands } from '../../../src/adapters/discord/deploy-commands.js';
import { createDiscordRest } from '../../../src/adapters/discord/discord-rest.js';
import { FakeDiscordApi } from '../../fakes/fake-discord-api.js';
import { specErrors } from './discord-openapi.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const APP = '1100000000000000001';
const GUILD = '1000000000000000001';
let fake: FakeDiscordApi;

beforeAll(async () => {
  fake = await FakeDiscordApi.start();
});
afterAll(() => fake.close());

/** `npm run deploy:discord`, as a person runs it, against the fake. */
function deploy(env: Record<string, string>) {
  return promisify(execFile)(`${root}node_modules/.bin/tsx`, ['src/adapters/discord/deploy-script.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, DISCORD_TOKEN: 'test-token', DISCORD_APPLICATION_ID: APP, DISCORD_API_URL: fake.apiUrl, ...env },
  });
}

describe('npm run deploy:discord', () => {
  it('registers every command to a guild in one bulk overwrite, and a second run changes nothing', async () => {
    const first = await deploy({ DISCORD_GUILD_ID: GUILD });
    expect(first.stdout).toContain(`Registered ${commands.length} command(s) guild ${GUILD}`);
    const registered = fake.commands(APP, GUILD);
    const rest = createDiscordRest({ DISCORD_API_URL: fake.apiUrl, DISCORD_TOKEN: 'test-token' });
    await deployCommands(rest, { applicationId: APP, guildId: GUILD }, commands);

    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.path)).toEqual([`/applications/${APP}/guilds/${GUILD}/commands`, `/applications/${APP}/guilds/${GUILD}/commands`]);
    expect(puts[0]!.authorization).toBe('Bot test-token');
    expect(JSON.stringify(puts[1]!.body)).toBe(JSON.stringify(puts[0]!.body));
    expect(fake.commands(APP, GUILD)).toEqual(registered);
    expect(registered.map((c) => c.name)).toEqual(commands.map((c) => c.name));
  });

  it('sends a body every entry of which validates against Discord’s OpenAPI spec', () => {
    const body = fake.requests.find((r) => r.method === 'PUT')!.body as unknown[];
    for (const command of body) {
      expect(specErrors('ApplicationCommandCreateRequest', command)).toEqual([]);
      expect(specErrors('ApplicationCommandUpdateRequest', command)).toEqual([]);
    }
  });

  it('registers globally without a guild id', async () => {
    const rest = createDiscordRest({ DISCORD_API_URL: fake.apiUrl, DISCORD_TOKEN: 'test-token' });
    await deployCommands(rest, { applicationId: APP }, commands);
    expect(fake.requests.at(-1)!.path).toBe(`/applications/${APP}/commands`);
    expect(fake.commands(APP).length).toBe(commands.length);
  });

  it('says what is missing and exits non-zero without an application id', async () => {
    const failed = await deploy({ DISCORD_APPLICATION_ID: '' }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringContaining('DISCORD_APPLICATION_ID') });
  });
});
