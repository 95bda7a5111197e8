import { type ChatInputCommandInteraction, Client, Events, GatewayIntentBits, MessageFlags, PermissionsBitField } from 'discord.js';
import { runCommand } from '../../../commands/run-command.js';
import { answerInteraction, AnswersInFlight, DEFER_AFTER_MS, type DiscordRunDeps, type InteractionResponder } from './answer-interaction.js';
import { discordCaller, discordWording, type Permissions, toInvocation } from './invocation.js';
import type { DiscordMessage } from './render/discord-message.js';

/** A discord.js client whose REST calls go to `apiUrl` and which never pings anyone by default. */
export function createDiscordClient(apiUrl: string): Client {
  return new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiUrl }, allowedMentions: { parse: [] } });
}

/** Answers every slash command the client receives over the gateway; the result tracks answers in flight. */
export function handleGatewayInteractions(client: Client, deps: DiscordRunDeps): AnswersInFlight {
  const inFlight = new AnswersInFlight();
  client.on(Events.InteractionCreate, (interaction) => {
    if (!interaction.isChatInputCommand()) return;
    void inFlight.track(answerGatewayInteraction(interaction, deps));
  });
  return inFlight;
}

async function answerGatewayInteraction(interaction: ChatInputCommandInteraction, deps: DiscordRunDeps): Promise<void> {
  const invocation = toInvocation(interaction.commandName, interaction.options.data);
  const caller = discordCaller({
    channelId: interaction.channelId,
    userId: interaction.user.id,
    guildId: interaction.inGuild() ? interaction.guildId : undefined,
    memberPermissions: interaction.memberPermissions?.bitfield,
    permissionsIn: (channelId) => resolvedPermissions(interaction.options.resolved?.channels?.get(channelId)),
  });
  await answerInteraction(runCommand(invocation, caller, { ...deps, wording: discordWording }), discordJsResponder(interaction), {
    deferAfterMs: deps.deferAfterMs ?? DEFER_AFTER_MS,
    probablyPrivate: invocation.options.private === true,
    log: deps.log,
  });
}

/**
 * discord.js keeps the member's rights in a resolved channel on its per-interaction clone as a
 * bitfield (or, for a channel it could not cache, as Discord's raw decimal string).
 */
function resolvedPermissions(channel: unknown): Permissions {
  const permissions = (channel as { permissions?: unknown } | undefined)?.permissions;
  if (permissions instanceof PermissionsBitField) return permissions.bitfield;
  return typeof permissions === 'string' ? permissions : undefined;
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
