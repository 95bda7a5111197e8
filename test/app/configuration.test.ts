import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, secretValues, settingNames } from '../../src/config.js';

function refusal(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('configuration', () => {
  it('GIVEN nothing set THEN it runs locally with the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ discordEnabled: false, slackEnabled: false, PORT: 3000, LOG_LEVEL: 'info', ALLOW_PRIVATE_URLS: false });
    expect(config.DATABASE_PATH).toMatch(/var\/farewell-bot\.db$/);
  });

  it('treats an empty value like an unset one', () => {
    expect(loadConfig({ DISCORD_TOKEN: '', PORT: '' })).toMatchObject({ discordEnabled: false, PORT: 3000 });
  });

  it('GIVEN a malformed value THEN the one-line error names the variable, what it expects and what it got', () => {
    expect(refusal({ PORT: 'eighty' })).toBe('PORT: expected a port number from 0 to 65535 (got "eighty")');
    expect(refusal({ LOG_LEVEL: 'loud' })).toBe('LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent (got "loud")');
    expect(refusal({ TZ: 'Mars/Olympus' })).toBe('TZ: expected an IANA time zone such as Europe/London (got "Mars/Olympus")');
    expect(refusal({ ALLOW_PRIVATE_URLS: 'maybe' })).toBe('ALLOW_PRIVATE_URLS: expected true or false (also 1/0, yes/no) (got "maybe")');
  });

  it('GIVEN a malformed secret THEN the error does not echo its value', () => {
    const message = refusal({ SLACK_BOT_TOKEN: 'xoxp-personal-token-value', SLACK_SIGNING_SECRET: 'abc' });
    expect(message).toBe('SLACK_BOT_TOKEN: expected a bot token starting with xoxb-');
  });

  it('GIVEN half a Slack setup THEN it names the missing variable', () => {
    expect(refusal({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc' })).toMatch(/^SLACK_SIGNING_SECRET: expected /);
    expect(refusal({ SLACK_SIGNING_SECRET: 'abc' })).toMatch(/^SLACK_BOT_TOKEN: expected /);
  });

  it('hands the configured secrets to the logger for scrubbing', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'shh-secret', DISCORD_TOKEN: 'discord-token' });
    expect(secretValues(config).sort()).toEqual(['discord-token', 'shh-secret', 'xoxb-1-2-abc']);
  });

  it('documents every variable it reads in .env.example, each with a comment', () => {
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    for (const name of settingNames) {
      expect(example, `${name} is missing from .env.example`).toMatch(new RegExp(`^#.*\\n#? ?${name}=`, 'm'));
    }
  });
});
