import { describe, expect, it, vi } from 'vitest';
import { type Caller, type Invocation, runCommand } from '../../commands/run-command.js';
import type { CommandContext, CommandDefinition } from '../../commands/types.js';

const seen: CommandContext[] = [];

/** A command that records what it was handed: one managing subcommand aimed at a channel option, one open to all. */
const digestLike: CommandDefinition = {
  name: 'plan',
  description: 'A channel plan',
  subcommands: [
    { name: 'change', description: 'Change it', requiresManageChannel: true, options: [{ name: 'channel', description: 'Which', type: 'channel' }] },
    { name: 'look', description: 'Look at it', options: [{ name: 'channel', description: 'Which', type: 'channel' }] },
  ],
  async run(ctx) {
    seen.push(ctx);
    return { kind: 'text', text: `ran ${ctx.subcommand}`, private: false };
  },
};
const boom: CommandDefinition = { name: 'boom', description: 'Throws', run: () => Promise.reject(new Error('database on fire')) };

function setup(manages: readonly string[]) {
  const asked: string[] = [];
  const caller: Caller = {
    platform: 'slack',
    channelId: 'HERE',
    userId: 'U1',
    workspaceId: 'T1',
    canManage: async (channelId) => (asked.push(channelId), manages.includes(channelId)),
  };
  const log = { error: vi.fn() };
  const run = (invocation: Invocation) => runCommand(invocation, caller, { commands: [digestLike, boom], services: { featured: async () => undefined }, log, now: () => new Date('2026-11-25T10:00:00Z') });
  return { run, asked, log };
}

describe('runCommand', () => {
  it('GIVEN an unknown command or a missing subcommand THEN it answers privately with what exists', async () => {
    const { run } = setup([]);
    expect(await run({ commandName: 'vanished', options: {} })).toMatchObject({ kind: 'error', private: true, message: expect.stringContaining('Unknown command /vanished') });
    expect(await run({ commandName: 'plan', subcommand: 'burn', options: {} })).toMatchObject({ kind: 'error', message: '/plan needs one of: change, look.' });
  });

  it('GIVEN a managing subcommand aimed at another channel THEN the rights asked about are those in that channel', async () => {
    const { run, asked } = setup(['HERE']);
    expect(await run({ commandName: 'plan', subcommand: 'change', options: { channel: 'ELSEWHERE' } })).toMatchObject({ kind: 'error', message: expect.stringContaining('manage that channel') });
    expect(asked).toEqual(['ELSEWHERE']);
  });

  it('GIVEN the caller manages the target but not the current channel THEN it runs, with the context it needs', async () => {
    const { run } = setup(['ELSEWHERE']);
    expect(await run({ commandName: 'plan', subcommand: 'change', options: { channel: 'ELSEWHERE' } })).toMatchObject({ text: 'ran change' });
    expect(seen.at(-1)).toMatchObject({ platform: 'slack', subcommand: 'change', channelId: 'HERE', userId: 'U1', workspaceId: 'T1', canManageChannel: true, options: { channel: 'ELSEWHERE' } });
    expect(seen.at(-1)).not.toHaveProperty('canManage');
  });

  it('asks about rights only when the command must know: a managing subcommand or another channel named', async () => {
    const { run, asked } = setup(['HERE']);
    await run({ commandName: 'plan', subcommand: 'look', options: {} });
    expect(asked).toEqual([]);
    expect(seen.at(-1)).toMatchObject({ subcommand: 'look', canManageChannel: false });
    await run({ commandName: 'plan', subcommand: 'look', options: { channel: 'ELSEWHERE' } });
    expect(asked).toEqual(['ELSEWHERE']);
    expect(seen.at(-1)).toMatchObject({ canManageChannel: false });
  });

  it('GIVEN a command that throws THEN it logs the error and answers with a private apology that hides it', async () => {
    const { run, log } = setup([]);
    const reply = await run({ commandName: 'boom', options: {} });
    expect(reply).toEqual({ kind: 'error', message: 'Sorry, that did not work. The error has been logged.', private: true });
    expect(log.error).toHaveBeenCalledWith(expect.objectContaining({ command: 'boom', err: expect.objectContaining({ message: 'database on fire' }) }), 'command failed');
  });

  it('GIVEN the rights check itself fails THEN nothing runs and the caller gets the apology', async () => {
    const log = { error: vi.fn() };
    const caller: Caller = { platform: 'discord', channelId: 'HERE', userId: 'U1', canManage: () => Promise.reject(new Error('API down')) };
    const before = seen.length;
    const reply = await runCommand({ commandName: 'plan', subcommand: 'change', options: {} }, caller, { commands: [digestLike], services: { featured: async () => undefined }, log, wording: { refusal: () => 'no', apology: (usage) => `${usage} broke` } });
    expect(reply).toMatchObject({ kind: 'error', message: '/plan change broke' });
    expect(seen.length).toBe(before);
  });
});
