import { type CommandContext, type CommandDefinition, type CommandServices, errorReply, type Reply } from '../../../commands/types.js';
import type { Logger } from '../../logger.js';
import type { Invocation } from './invocation.js';

/** Who ran a command, where, and with what rights. */
export type Caller = Pick<CommandContext, 'channelId' | 'userId' | 'workspaceId' | 'canManageChannel'>;

export interface RunDeps {
  commands: readonly CommandDefinition[];
  services: CommandServices;
  log: Logger;
}

/**
 * Runs a neutral command and always comes back with a reply: an unknown command, a missing right
 * or an exception becomes a short private error (the exception is logged, not shown).
 */
export async function runCommand(invocation: Invocation, caller: Caller, deps: RunDeps): Promise<Reply> {
  const command = deps.commands.find((c) => c.name === invocation.commandName);
  if (!command) return errorReply(`Unknown command /${invocation.commandName}. Its registration may be out of date.`);
  const subcommand = command.subcommands?.find((s) => s.name === invocation.subcommand);
  if (command.subcommands && !subcommand) return errorReply(`/${command.name} needs one of: ${command.subcommands.map((s) => s.name).join(', ')}.`);
  if (subcommand?.requiresManageChannel && !caller.canManageChannel) {
    return errorReply(`/${command.name} ${subcommand.name} needs the Manage Channels permission in this channel.`);
  }
  try {
    return await command.run({ platform: 'discord', subcommand: invocation.subcommand, options: invocation.options, ...caller, now: new Date(), services: deps.services });
  } catch (error) {
    deps.log.error({ err: error, command: invocation.commandName, subcommand: invocation.subcommand }, 'command failed');
    return errorReply('Sorry, that did not work. The error has been logged.');
  }
}
