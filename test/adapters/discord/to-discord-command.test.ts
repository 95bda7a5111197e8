import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import type { CommandDefinition } from '../../../commands/types.js';
import { toDiscordCommand } from '../../../src/adapters/discord/to-discord-command.js';
import { specErrors } from './discord-openapi.js';

const run = async () => ({ kind: 'text', text: '', private: false }) as const;

describe('toDiscordCommand', () => {
  it('maps /farewell: a chat command with a string option with choices and a boolean option', () => {
    const farewell = toDiscordCommand(commands.find((c) => c.name === 'farewell')!);
    expect(farewell).toMatchObject({ type: 1, name: 'farewell', default_member_permissions: null });
    expect(farewell.options).toEqual([
      expect.objectContaining({ type: 3, name: 'view', choices: expect.arrayContaining([{ name: 'The full article', value: 'article' }]) }),
      expect.objectContaining({ type: 5, name: 'private' }),
    ]);
  });

  it('maps neutral subcommands to SUB_COMMAND options holding their own options', () => {
    const def: CommandDefinition = { name: 'digest', description: 'Digests', run, subcommands: [
      { name: 'subscribe', description: 'Start', requiresManageChannel: true, options: [{ name: 'hour', description: 'Hour', type: 'integer', required: true }] },
      { name: 'status', description: 'Status', options: [] },
    ] };
    expect(toDiscordCommand(def).options).toEqual([
      { type: 1, name: 'subscribe', description: 'Start', options: [{ type: 4, name: 'hour', description: 'Hour', required: true }] },
      { type: 1, name: 'status', description: 'Status', options: [] },
    ]);
  });

  it('maps a channel option to a CHANNEL option offering only text and announcement channels, valid per the spec', () => {
    const def: CommandDefinition = { name: 'digest', description: 'Digests', run, subcommands: [
      { name: 'status', description: 'Status', options: [{ name: 'channel', description: 'Which channel', type: 'channel' }] },
    ] };
    const json = toDiscordCommand(def);
    expect(json.options[0]!.options).toEqual([{ type: 7, name: 'channel', description: 'Which channel', channel_types: [0, 5] }]);
    expect(specErrors('ApplicationCommandCreateRequest', json)).toEqual([]);
  });

  it('hides a command from members without Manage Channels only when every subcommand needs it', () => {
    const sub = (name: string, requiresManageChannel: boolean) => ({ name, description: name, options: [], requiresManageChannel });
    expect(toDiscordCommand({ name: 'a', description: 'a', run, subcommands: [sub('x', true), sub('y', true)] }).default_member_permissions).toBe('16');
    expect(toDiscordCommand({ name: 'b', description: 'b', run, subcommands: [sub('x', true), sub('y', false)] }).default_member_permissions).toBeNull();
  });

  it('cuts descriptions to Discord’s 100 characters at a word boundary', () => {
    const json = toDiscordCommand({ name: 'long', description: 'word '.repeat(40), run, options: [{ name: 'o', description: 'more '.repeat(40), type: 'string' }] });
    expect(json.description.length).toBeLessThanOrEqual(100);
    expect(json.description).toMatch(/word…$/);
    expect(json.options[0]!.description.length).toBeLessThanOrEqual(100);
  });

  it('refuses names Discord would refuse, and a required option after an optional one, before anything is sent', () => {
    expect(() => toDiscordCommand({ name: 'Farewell', description: 'x', run })).toThrow(/not a valid Discord command or option name/);
    expect(() => toDiscordCommand({ name: 'has space', description: 'x', run })).toThrow(/not a valid/);
    expect(() => toDiscordCommand({ name: 'x', description: 'x', run, options: [{ name: 'a', description: 'a', type: 'string' }, { name: 'b', description: 'b', type: 'string', required: true }] })).toThrow(/required options before optional/);
  });

  it.each(commands.map((c) => [c.name, c] as const))('/%s validates against ApplicationCommandCreateRequest', (_name, def) => {
    expect(specErrors('ApplicationCommandCreateRequest', toDiscordCommand(def))).toEqual([]);
  });
});
