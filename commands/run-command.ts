import type { Logger } from '../src/logger.js';
import { type CommandContext, type CommandDefinition, type CommandOption, type CommandServices, errorReply, type OptionValue, type Reply } from './types.js';

/** What was typed, in neutral terms: `/digest subscribe time:08:00` → name, subcommand, options. */
export interface Invocation {
  commandName: string;
  subcommand?: string;
  options: Readonly<Record<string, OptionValue>>;
}

/** Who ran a command, and where. */
export interface Caller extends Pick<CommandContext, 'platform' | 'channelId' | 'userId' | 'workspaceId'> {
  /** Whether the caller may manage that channel. Asked only when a command needs to know (Slack pays two API calls). */
  canManage(channelId: string): boolean | Promise<boolean>;
}

/** The sentences that differ between platforms; `usage` is `/digest subscribe`. */
export interface PlatformWording {
  /** The caller may not manage the target channel. */
  refusal(usage: string): string;
  /** The command threw; the error itself is logged, never shown. */
  apology(usage: string): string;
}

export interface RunCommandDeps {
  commands: readonly CommandDefinition[];
  services: CommandServices;
  log: Pick<Logger, 'error'>;
  wording?: PlatformWording;
  now?: () => Date;
}

const neutralWording: PlatformWording = {
  refusal: (usage) => `${usage} needs the right to manage that channel.`,
  apology: () => 'Sorry, that did not work. The error has been logged.',
};

/**
 * Runs a neutral command for any adapter and always comes back with a reply: an unknown command
 * or subcommand, a caller who may not manage the target channel, or an exception (logged, not
 * shown) becomes a short private error. Adapters keep only parsing and rendering.
 */
export async function runCommand(invocation: Invocation, caller: Caller, deps: RunCommandDeps): Promise<Reply> {
  const wording = deps.wording ?? neutralWording;
  const command = deps.commands.find((c) => c.name === invocation.commandName);
  if (!command) return errorReply(`Unknown command /${invocation.commandName}. Its registration may be out of date.`);
  const sub = command.subcommands?.find((s) => s.name === invocation.subcommand);
  if (command.subcommands && !sub) return errorReply(`/${command.name} needs one of: ${command.subcommands.map((s) => s.name).join(', ')}.`);
  const usage = sub ? `/${command.name} ${sub.name}` : `/${command.name}`;
  try {
    const target = targetChannel(sub?.options ?? command.options ?? [], invocation.options) ?? caller.channelId;
    const mustKnow = sub?.requiresManageChannel === true || target !== caller.channelId;
    const canManageChannel = mustKnow ? await caller.canManage(target) : false;
    if (sub?.requiresManageChannel && !canManageChannel) return errorReply(wording.refusal(usage));
    const { canManage: _, ...where } = caller;
    return await command.run({ ...where, ...(sub ? { subcommand: sub.name } : {}), options: invocation.options, canManageChannel, now: deps.now?.() ?? new Date(), services: deps.services });
  } catch (error) {
    deps.log.error({ err: error, command: command.name, subcommand: sub?.name }, 'command failed');
    return errorReply(wording.apology(usage));
  }
}

/**
 * The channel an invocation acts on, if it names one: the `channel`-typed option. An option
 * merely called `channel` counts too, so a definition that forgot the type still has its rights
 * checked on the channel it touches rather than on the one it was typed in.
 */
export function targetChannel(declared: readonly CommandOption[], options: Invocation['options']): string | undefined {
  const option = declared.find((o) => o.type === 'channel') ?? declared.find((o) => o.name === 'channel');
  const value = option ? options[option.name] : undefined;
  return typeof value === 'string' ? value : undefined;
}
