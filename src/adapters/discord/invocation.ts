import { ApplicationCommandOptionType, PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { z } from 'zod';
import type { Caller, Invocation, PlatformWording } from '../../../commands/run-command.js';
import type { OptionValue } from '../../../commands/types.js';

export type { Invocation };

/** An option as Discord sends it, in the raw payload and in discord.js's `interaction.options.data`. */
export interface RawOption {
  name: string;
  type: number;
  value?: unknown;
  options?: readonly RawOption[];
}

/** Flattens Discord's option tree (a SUB_COMMAND option holds the real options) into an invocation. */
export function toInvocation(commandName: string, rawOptions: readonly RawOption[] = []): Invocation {
  const sub = rawOptions.find((o) => o.type === ApplicationCommandOptionType.Subcommand);
  const leaves = sub ? (sub.options ?? []) : rawOptions;
  const options: Record<string, OptionValue> = {};
  for (const option of leaves) {
    if (typeof option.value === 'string' || typeof option.value === 'number' || typeof option.value === 'boolean') {
      options[option.name] = option.value;
    }
  }
  return sub ? { commandName, subcommand: sub.name, options } : { commandName, options };
}

/** A permission bitfield as Discord (a decimal string) or discord.js (a bigint) gives it. */
export type Permissions = string | bigint | null | undefined;

/**
 * Whether the caller may manage the channel: Manage Channels (or Administrator) in the member's
 * permissions for that channel. Outside a guild (a DM with the bot) the caller owns the conversation.
 */
export function canManageChannel(memberPermissions: Permissions, inGuild: boolean): boolean {
  if (!inGuild) return true;
  if (memberPermissions === null || memberPermissions === undefined) return false;
  return new PermissionsBitField(BigInt(memberPermissions)).has(PermissionFlagsBits.ManageChannels);
}

/** How Discord members are told no, in Discord's own terms. */
export const discordWording: PlatformWording = {
  refusal: (usage) => `${usage} needs the Manage Channels permission in that channel.`,
  apology: () => 'Sorry, that did not work. The error has been logged.',
};

/** What Discord says about one interaction's caller, in either mode. */
export interface DiscordWhere {
  channelId: string;
  userId: string;
  guildId?: string;
  /** The member's permissions in the channel the command was typed in. */
  memberPermissions: Permissions;
  /** The member's permissions in a channel an option names (`resolved.channels[id].permissions`). */
  permissionsIn(channelId: string): Permissions;
}

/**
 * The neutral caller. A CHANNEL option is answered from the permissions Discord resolved for that
 * very channel, never from the channel the command was typed in; a channel Discord did not
 * resolve (or any other channel in a DM) cannot be managed.
 */
export function discordCaller(where: DiscordWhere): Caller {
  const inGuild = where.guildId !== undefined;
  return {
    platform: 'discord',
    channelId: where.channelId,
    userId: where.userId,
    workspaceId: where.guildId,
    canManage: (channelId) =>
      channelId === where.channelId ? canManageChannel(where.memberPermissions, inGuild) : inGuild && canManageChannel(where.permissionsIn(channelId), true),
  };
}

const ResolvedChannelsSchema = z.object({
  guild_id: z.string().optional(),
  data: z.object({
    resolved: z.object({ channels: z.record(z.string(), z.object({ permissions: z.string().optional(), guild_id: z.string().optional() })).optional() }).optional(),
  }),
});

/**
 * `data.resolved.channels[id].permissions` of a raw interaction: the invoking member's rights in
 * each channel an option names. A channel of another guild (Discord never sends one) counts as none.
 */
export function resolvedChannelPermissions(interaction: unknown): (channelId: string) => Permissions {
  const parsed = ResolvedChannelsSchema.safeParse(interaction);
  const channels = parsed.success ? (parsed.data.data.resolved?.channels ?? {}) : {};
  return (channelId) => {
    const channel = Object.hasOwn(channels, channelId) ? channels[channelId] : undefined;
    if (!channel || (channel.guild_id !== undefined && channel.guild_id !== (parsed.success ? parsed.data.guild_id : undefined))) return undefined;
    return channel.permissions;
  };
}
