import { type REST, Routes } from 'discord.js';
import type { CommandDefinition } from '../../../commands/types.js';
import { toDiscordCommand } from './to-discord-command.js';

export interface DeployTarget {
  applicationId: string;
  /** Registers to one guild (instant) instead of globally (may take up to an hour to show). */
  guildId?: string;
}

/**
 * Replaces the application's commands with exactly `commands`, in one bulk overwrite (PUT).
 * Idempotent: the same list sends the same body and Discord keeps the same commands.
 */
export async function deployCommands(rest: REST, target: DeployTarget, commands: readonly CommandDefinition[]): Promise<{ names: string[] }> {
  const body = commands.map(toDiscordCommand);
  const route = target.guildId ? Routes.applicationGuildCommands(target.applicationId, target.guildId) : Routes.applicationCommands(target.applicationId);
  const registered = (await rest.put(route, { body })) as { name: string }[];
  return { names: registered.map((c) => c.name) };
}
