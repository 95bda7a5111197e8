import type { AllMiddlewareArgs, RespondArguments, SlackCommandMiddlewareArgs, SlashCommand, webApi } from '@slack/bolt';
import { type PlatformWording, runCommand } from '../../../commands/run-command.js';
import type { CommandDefinition, CommandServices } from '../../../commands/types.js';
import { commandUsage, type UsageStyle } from '../../../commands/usage.js';
import type { Logger } from '../../logger.js';
import { canManageSlackChannel } from './channel-permissions.js';
import { parseSlackCommandText } from './parse-command-text.js';
import { type SlackMessage, type SlackReply, renderSlackReply } from './render.js';

export interface SlashCommandDeps {
  definition: CommandDefinition;
  services: CommandServices;
  log: Logger;
  /** Slack gives up after 3 s; past this many ms we acknowledge empty and answer via `response_url`. */
  ackDeadlineMs: number;
}

type ListenerArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

const mrkdwn: UsageStyle = { title: (text) => `*${text}*`, code: (text) => `\`${text}\`` };

/** Slack has no Manage Channels: admins and the channel's creator manage it. */
const slackWording: PlatformWording = {
  refusal: (usage) => `Only a workspace admin or the channel’s creator can use ${usage} for that channel.`,
  apology: (usage) => `Sorry, ${usage} failed. The error is logged.`,
};

/**
 * The Bolt listener for one neutral command. It acknowledges with the first message when the
 * answer is ready in time (one round trip, nothing else to call), else acknowledges empty and
 * follows up. This is the adapter's one catch point: any failure is logged and answered privately.
 */
export function slashCommandListener(deps: SlashCommandDeps) {
  return async ({ command, ack, respond, client }: ListenerArgs): Promise<void> => {
    let acknowledged = false;
    const acknowledge = async (message?: RespondArguments) => {
      acknowledged = true;
      await ack(message);
    };
    try {
      const answer = answerCommand(deps, command, client);
      const early = await settledWithin(answer, deps.ackDeadlineMs);
      if (!early) await acknowledge();
      const reply = early ?? (await answer);
      const [first, ...rest] = reply.messages.map((m) => toResponse(m, reply.private));
      if (early) await acknowledge(first);
      for (const message of early ? rest : [first!, ...rest]) await respond(message);
    } catch (error) {
      deps.log.error({ err: error, command: command.command, text: command.text, user: command.user_id }, 'Slack command failed');
      const failure = toResponse(renderSlackReply({ kind: 'error', message: slackWording.apology(`/${deps.definition.name}`), private: true }).messages[0]!, true);
      if (!acknowledged) await acknowledge(failure);
      else await respond(failure).catch((err: unknown) => deps.log.error({ err }, 'could not tell the user about the failure'));
    }
  };
}

async function answerCommand(deps: SlashCommandDeps, command: SlashCommand, client: webApi.WebClient): Promise<SlackReply> {
  const { definition } = deps;
  const parsed = parseSlackCommandText(definition, command.text ?? '');
  if (parsed.kind === 'usage') {
    const usage = commandUsage(definition, mrkdwn);
    const text = parsed.problem ? `${parsed.problem}\n\n${usage}` : usage;
    return renderSlackReply({ kind: 'text', text, private: true });
  }
  const invocation = { commandName: definition.name, ...(parsed.subcommand ? { subcommand: parsed.subcommand } : {}), options: parsed.options };
  const caller = {
    platform: 'slack' as const,
    channelId: command.channel_id,
    userId: command.user_id,
    workspaceId: command.team_id,
    // Two Web API calls: runCommand asks only when the command must know.
    canManage: (channelId: string) => canManageSlackChannel(client, command.user_id, channelId, deps.log),
  };
  return renderSlackReply(await runCommand(invocation, caller, { commands: [definition], services: deps.services, log: deps.log, wording: slackWording }));
}

function toResponse(message: SlackMessage, isPrivate: boolean): RespondArguments {
  return { response_type: isPrivate ? 'ephemeral' : 'in_channel', text: message.text, blocks: message.blocks };
}

/** The promise's value if it settles within `ms`, else undefined; a rejection still rejects. */
async function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, ms, undefined)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
