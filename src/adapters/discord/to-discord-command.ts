import { ApplicationCommandOptionType, ApplicationCommandType, ChannelType, PermissionFlagsBits } from 'discord.js';
import type { CommandDefinition, CommandOption, OptionType, SubcommandDefinition } from '../../../commands/types.js';
import { truncate } from './render/discord-text.js';

/** Discord's limit for command, option and choice descriptions and choice names. */
const DESCRIPTION_MAX = 100;
/** Discord's rule for chat command and option names (lower case where a lower case exists). */
const NAME_PATTERN = /^[-_'\p{Ll}\p{Lm}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

const OPTION_TYPES: Record<OptionType, ApplicationCommandOptionType> = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  boolean: ApplicationCommandOptionType.Boolean,
  channel: ApplicationCommandOptionType.Channel,
};

/** Channels a digest can be posted to: text and announcement channels (no voice, forum, thread). */
const POSTABLE_CHANNELS = [ChannelType.GuildText, ChannelType.GuildAnnouncement];

/** A command as Discord registers it (the body of one entry in a bulk overwrite). */
export interface DiscordCommandJson {
  type: ApplicationCommandType.ChatInput;
  name: string;
  description: string;
  options: DiscordOptionJson[];
  default_member_permissions: string | null;
}

/** An option, or a SUB_COMMAND holding its own options. */
export interface DiscordOptionJson {
  type: ApplicationCommandOptionType;
  name: string;
  description: string;
  required?: boolean;
  choices?: { name: string; value: string }[];
  /** For a CHANNEL option: which kinds of channel the picker offers. */
  channel_types?: ChannelType[];
  options?: DiscordOptionJson[];
}

/**
 * Maps a neutral command to Discord's JSON. Pure and deterministic, so deploying twice sends the
 * same body. A name Discord would refuse throws here, before anything is sent.
 */
export function toDiscordCommand(def: CommandDefinition): DiscordCommandJson {
  checkName(def.name);
  const options = def.subcommands ? def.subcommands.map(toSubcommand) : (def.options ?? []).map(toOption);
  // Only when every subcommand needs it can Discord hide the whole command from other members.
  const allManaged = def.subcommands !== undefined && def.subcommands.length > 0 && def.subcommands.every((s) => s.requiresManageChannel);
  return {
    type: ApplicationCommandType.ChatInput,
    name: def.name,
    description: describe(def.description),
    options,
    default_member_permissions: allManaged ? PermissionFlagsBits.ManageChannels.toString() : null,
  };
}

function toSubcommand(sub: SubcommandDefinition): DiscordOptionJson {
  checkName(sub.name);
  return { type: ApplicationCommandOptionType.Subcommand, name: sub.name, description: describe(sub.description), options: sub.options.map(toOption) };
}

function toOption(option: CommandOption, index: number, all: readonly CommandOption[]): DiscordOptionJson {
  checkName(option.name);
  if (option.required && all.slice(0, index).some((o) => !o.required)) {
    throw new Error(`option "${option.name}": Discord needs required options before optional ones`);
  }
  const json: DiscordOptionJson = { type: OPTION_TYPES[option.type], name: option.name, description: describe(option.description) };
  if (option.required) json.required = true;
  if (option.type === 'channel') json.channel_types = [...POSTABLE_CHANNELS];
  if (option.choices) json.choices = option.choices.map((c) => ({ name: truncate(c.name, DESCRIPTION_MAX), value: c.value }));
  return json;
}

function describe(text: string): string {
  if (text.trim().length === 0) throw new Error('Discord needs a description of 1 to 100 characters');
  return truncate(text, DESCRIPTION_MAX);
}

function checkName(name: string): void {
  if (!NAME_PATTERN.test(name)) throw new Error(`"${name}" is not a valid Discord command or option name (1-32 lower-case letters, digits, - _ ')`);
}
