import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { SLACK_EVENTS_PATH } from '../../../src/adapters/slack/slack-adapter.js';
import { manifestProblems } from './slack-test-kit.js';

const manifest = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8'));

describe('manifest.json', () => {
  it('validates against Slack’s app-manifest schema', () => {
    expect(manifestProblems(manifest)).toEqual([]);
  });

  it('the schema check catches a broken manifest', () => {
    const broken = { ...manifest, features: { ...manifest.features, slash_commands: [{ command: 'farewell', description: '' }] } };
    expect(manifestProblems(broken).length).toBeGreaterThan(0);
  });

  it('declares every command the bot serves, each pointing at the events endpoint', () => {
    const declared = manifest.features.slash_commands as { command: string; url: string }[];
    expect(declared.map((c) => c.command).sort()).toEqual(commands.map((c) => `/${c.name}`).sort());
    for (const command of declared) expect(new URL(command.url).pathname).toBe(SLACK_EVENTS_PATH);
  });

  it('asks for the scopes the adapter and the digest poster use', () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['commands', 'chat:write', 'chat:write.public', 'users:read', 'channels:read', 'groups:read', 'channels:history', 'groups:history']),
    );
  });
});
