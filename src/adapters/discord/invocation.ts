import { ApplicationCommandOptionType, PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import type { OptionValue } from '../../../commands/index.js';

/** An option as Discord sends it, in the raw payload and in discord.js's `interaction.options.data`. */
export interface RawOption {
  name: string;
  type: number;
  value?: unknown;
  options?: readonly RawOption[];
}

/** What was typed, in neutral terms: `/digest subscribe hour:8` → name, subcommand, options. */
export interface Invocation {
  commandName: string;
  subcommand?: string;
  options: Record<string, OptionValue>;
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

/**
 * Whether the caller may manage the channel: Manage Channels (or Administrator) in the member's
 * permissions for that channel. Outside a guild (a DM with the bot) the caller owns the conversation.
 */
export function canManageChannel(memberPermissions: string | bigint | null | undefined, inGuild: boolean): boolean {
  if (!inGuild) return true;
  if (memberPermissions === null || memberPermissions === undefined) return false;
  return new PermissionsBitField(BigInt(memberPermissions)).has(PermissionFlagsBits.ManageChannels);
}
