import { type ChatInputCommandInteraction, Client, Events, GatewayIntentBits, MessageFlags } from 'discord.js';
import type { Logger } from '../../logger.js';
import { answerInteraction, AnswersInFlight, type InteractionResponder } from './answer-interaction.js';
import { canManageChannel, toInvocation } from './invocation.js';
import type { DiscordMessage } from './render/discord-message.js';
import { runCommand, type RunDeps } from './run-command.js';

/** Discord's 3-second window, less a margin for the round trip. */
export const DEFER_AFTER_MS = 2_000;

/** A discord.js client whose REST calls go to `apiUrl` and which never pings anyone by default. */
export function createDiscordClient(apiUrl: string): Client {
  return new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiUrl }, allowedMentions: { parse: [] } });
}

/** Answers every slash command the client receives over the gateway; the result tracks answers in flight. */
export function handleGatewayInteractions(client: Client, deps: RunDeps & { log: Logger; deferAfterMs?: number }): AnswersInFlight {
  const inFlight = new AnswersInFlight();
  client.on(Events.InteractionCreate, (interaction) => {
    if (!interaction.isChatInputCommand()) return;
    void inFlight.track(answerGatewayInteraction(interaction, deps));
  });
  return inFlight;
}

async function answerGatewayInteraction(interaction: ChatInputCommandInteraction, deps: RunDeps & { deferAfterMs?: number }): Promise<void> {
  const invocation = toInvocation(interaction.commandName, interaction.options.data);
  const caller = {
    channelId: interaction.channelId,
    userId: interaction.user.id,
    workspaceId: interaction.guildId ?? undefined,
    canManageChannel: canManageChannel(interaction.memberPermissions?.bitfield, interaction.inGuild()),
  };
  await answerInteraction(runCommand(invocation, caller, deps), discordJsResponder(interaction), {
    deferAfterMs: deps.deferAfterMs ?? DEFER_AFTER_MS,
    probablyPrivate: invocation.options.private === true,
    log: deps.log,
  });
}

function discordJsResponder(interaction: ChatInputCommandInteraction): InteractionResponder {
  return {
    reply: async (message) => void (await interaction.reply({ ...toDiscordJs(message), flags: ephemeral(message) })),
    defer: async (isPrivate) => void (await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {})),
    editOriginal: async (message) => void (await interaction.editReply(toDiscordJs(message))),
    deleteOriginal: () => interaction.deleteReply(),
    followUp: async (message) => void (await interaction.followUp({ ...toDiscordJs(message), flags: ephemeral(message) })),
  };
}

function toDiscordJs(message: DiscordMessage) {
  return { content: message.content, embeds: message.embeds ?? [], allowedMentions: { parse: [] } };
}

function ephemeral(message: DiscordMessage): MessageFlags.Ephemeral | undefined {
  return message.flags ? MessageFlags.Ephemeral : undefined;
}
