import { describe, expect, it } from 'vitest';
import { canManageChannel, toInvocation } from '../../../src/adapters/discord/invocation.js';

describe('toInvocation', () => {
  it('reads plain options of a command without subcommands', () => {
    expect(toInvocation('farewell', [{ name: 'view', type: 3, value: 'quotes' }, { name: 'private', type: 5, value: true }])).toEqual({
      commandName: 'farewell',
      options: { view: 'quotes', private: true },
    });
  });

  it('takes the subcommand and its own options from a SUB_COMMAND option', () => {
    expect(toInvocation('digest', [{ name: 'subscribe', type: 1, options: [{ name: 'time', type: 3, value: '08:00' }] }])).toEqual({
      commandName: 'digest',
      subcommand: 'subscribe',
      options: { time: '08:00' },
    });
  });
});

describe('canManageChannel', () => {
  it('is true with Manage Channels or Administrator, false without', () => {
    expect(canManageChannel(String(1 << 4), true)).toBe(true);
    expect(canManageChannel(String(1 << 3), true)).toBe(true);
    expect(canManageChannel(String((1 << 11) | (1 << 10)), true)).toBe(false);
    expect(canManageChannel(undefined, true)).toBe(false);
  });

  it('is true in a DM with the bot, where the caller owns the conversation', () => {
    expect(canManageChannel(undefined, false)).toBe(true);
  });
});
