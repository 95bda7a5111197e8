import { describe, expect, it } from 'vitest';
import { canManageChannel, discordCaller, resolvedChannelPermissions, toInvocation } from '../../../src/adapters/discord/invocation.js';

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

describe('discordCaller', () => {
  const MANAGE = String(1 << 4);
  const where = (memberPermissions: string, target: Record<string, string>, inGuild = true) =>
    discordCaller({ channelId: 'HERE', userId: 'U1', ...(inGuild ? { guildId: 'G1' } : {}), memberPermissions, permissionsIn: (id) => target[id] });

  it('answers for the channel asked about: the current one from the member, another from its resolved rights', () => {
    expect(where(MANAGE, { OTHER: '0' }).canManage('HERE')).toBe(true);
    expect(where(MANAGE, { OTHER: '0' }).canManage('OTHER')).toBe(false);
    expect(where('0', { OTHER: MANAGE }).canManage('OTHER')).toBe(true);
    expect(where(MANAGE, {}).canManage('UNRESOLVED')).toBe(false);
  });

  it('in a DM, owns the conversation but no other channel', () => {
    expect(where('0', { OTHER: MANAGE }, false).canManage('HERE')).toBe(true);
    expect(where('0', { OTHER: MANAGE }, false).canManage('OTHER')).toBe(false);
  });
});

describe('resolvedChannelPermissions', () => {
  const payload = (channels: unknown) => ({ guild_id: 'G1', data: { name: 'digest', resolved: { channels } } });

  it('reads the member’s rights in each resolved channel of the same guild', () => {
    const permissionsIn = resolvedChannelPermissions(payload({ C9: { id: 'C9', guild_id: 'G1', permissions: '16' } }));
    expect(permissionsIn('C9')).toBe('16');
    expect(permissionsIn('C8')).toBeUndefined();
  });

  it('gives nothing for a channel of another guild, inherited keys or a payload without resolved data', () => {
    expect(resolvedChannelPermissions(payload({ C9: { id: 'C9', guild_id: 'G2', permissions: '16' } }))('C9')).toBeUndefined();
    expect(resolvedChannelPermissions(payload({}))('constructor')).toBeUndefined();
    expect(resolvedChannelPermissions({ data: { name: 'farewell' } })('C9')).toBeUndefined();
    expect(resolvedChannelPermissions('not an object')('C9')).toBeUndefined();
  });
});
