import type { ServerResponse } from 'node:http';
import { type REST, Routes } from 'discord.js';
import { type HttpServer, readBody, sendJson } from '../../server/http-server.js';
import { runCommand } from '../../../commands/run-command.js';
import { answerInteraction, AnswersInFlight, DEFER_AFTER_MS, type DiscordRunDeps, type InteractionResponder } from './answer-interaction.js';
import { InteractionPayloadSchema, InteractionType, parseCommandInteraction } from './interaction-payload.js';
import { discordCaller, discordWording, resolvedChannelPermissions, toInvocation } from './invocation.js';
import { EPHEMERAL_FLAG } from './render/discord-limits.js';
import { ed25519PublicKey, isSignedByDiscord } from './verify-signature.js';

/** Where Discord posts interactions (the Developer Portal's Interactions Endpoint URL path). */
export const INTERACTIONS_PATH = '/discord/interactions';

/** Interaction callback types Discord accepts in the HTTP response. */
const Callback = { Pong: 1, ChannelMessage: 4, DeferredChannelMessage: 5 } as const;

export interface HttpInteractionsDeps extends DiscordRunDeps {
  server: HttpServer;
  /** The application's public key, 64 hex characters. */
  publicKey: string;
  /** For edits and follow-ups after the HTTP response (they use the interaction token, no bot token). */
  rest: REST;
}

/**
 * Serves Discord's interactions endpoint on the shared server: checks the Ed25519 signature,
 * answers PING, and answers commands in the HTTP response (or defers and follows up). The result
 * tracks answers still sending follow-ups.
 */
export function handleHttpInteractions(deps: HttpInteractionsDeps): AnswersInFlight {
  const key = ed25519PublicKey(deps.publicKey);
  const inFlight = new AnswersInFlight();
  deps.server.route('POST', INTERACTIONS_PATH, async (req, res) => {
    let body: Buffer;
    try {
      body = await readBody(req, 100_000);
    } catch {
      return sendJson(res, 413, { error: 'request body too large' });
    }
    if (!isSignedByDiscord(key, req.headers['x-signature-ed25519'], req.headers['x-signature-timestamp'], body)) {
      return sendJson(res, 401, { error: 'invalid request signature' });
    }
    await inFlight.track(answerSigned(body, res, deps));
  });
  return inFlight;
}

async function answerSigned(body: Buffer, res: ServerResponse, deps: HttpInteractionsDeps): Promise<void> {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return sendJson(res, 400, { error: 'body is not JSON' });
  }
  const parsed = InteractionPayloadSchema.safeParse(json);
  if (!parsed.success) return sendJson(res, 400, { error: `not an interaction: ${parsed.error.issues[0]?.message ?? 'invalid'}` });
  if (parsed.data.type === InteractionType.Ping) return sendJson(res, 200, { type: Callback.Pong });
  if (parsed.data.type !== InteractionType.ApplicationCommand) {
    return sendJson(res, 400, { error: `interaction type ${parsed.data.type} is not handled by this bot` });
  }
  const interaction = parseCommandInteraction(parsed.data);
  if ('error' in interaction) return sendJson(res, 400, { error: interaction.error });

  const invocation = toInvocation(interaction.data.name, interaction.data.options);
  const caller = discordCaller({
    channelId: interaction.channelId,
    userId: interaction.userId,
    guildId: interaction.guild_id,
    memberPermissions: interaction.member?.permissions,
    // The payload schema drops `resolved`; read it from the signed JSON itself.
    permissionsIn: resolvedChannelPermissions(json),
  });
  const webhook = { rest: deps.rest, applicationId: interaction.application_id, token: interaction.token };
  await answerInteraction(runCommand(invocation, caller, { ...deps, wording: discordWording }), httpResponder(res, webhook), {
    deferAfterMs: deps.deferAfterMs ?? DEFER_AFTER_MS,
    probablyPrivate: invocation.options.private === true,
    log: deps.log,
  });
}

function httpResponder(res: ServerResponse, webhook: { rest: REST; applicationId: string; token: string }): InteractionResponder {
  const { rest, applicationId, token } = webhook;
  const original = Routes.webhookMessage(applicationId, token, '@original');
  return {
    reply: async (message) => sendJson(res, 200, { type: Callback.ChannelMessage, data: message }),
    defer: async (isPrivate) => sendJson(res, 200, { type: Callback.DeferredChannelMessage, data: isPrivate ? { flags: EPHEMERAL_FLAG } : {} }),
    editOriginal: async (message) => void (await rest.patch(original, { body: message, auth: false })),
    deleteOriginal: async () => void (await rest.delete(original, { auth: false })),
    followUp: async (message) => void (await rest.post(Routes.webhook(applicationId, token), { body: message, auth: false })),
  };
}
