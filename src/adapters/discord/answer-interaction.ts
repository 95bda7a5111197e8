import type { RunCommandDeps } from '../../../commands/run-command.js';
import { errorReply, type Reply } from '../../../commands/types.js';
import type { Logger } from '../../logger.js';
import { EPHEMERAL_FLAG } from './render/discord-limits.js';
import type { DiscordMessage } from './render/discord-message.js';
import { renderReply } from './render/render-reply.js';

/** Discord's 3-second window, less a margin for the round trip. */
export const DEFER_AFTER_MS = 2_000;

/** What both interaction modes need to run and answer commands. */
export interface DiscordRunDeps extends Omit<RunCommandDeps, 'wording' | 'log'> {
  log: Logger;
  /** Defer ("thinking…") after this many ms; default `DEFER_AFTER_MS`. */
  deferAfterMs?: number;
}

/**
 * The ways to answer one interaction. Gateway and HTTP mode implement it differently (discord.js
 * interaction methods, or the HTTP response plus webhook calls); the flow below is shared.
 */
export interface InteractionResponder {
  /** The initial response, with a message. */
  reply(message: DiscordMessage): Promise<void>;
  /** The initial response when the answer is not ready: "thinking…". */
  defer(ephemeral: boolean): Promise<void>;
  editOriginal(message: DiscordMessage): Promise<void>;
  deleteOriginal(): Promise<void>;
  followUp(message: DiscordMessage): Promise<void>;
}

export interface AnswerOptions {
  /** Discord drops an interaction not answered within 3 s; past this, defer and follow up. */
  deferAfterMs: number;
  /** Whether to defer privately, known before the command finishes (the `private` option). */
  probablyPrivate: boolean;
  log: Logger;
}

/**
 * Answers an interaction with the command's reply: at once when it is ready in time, else deferred
 * and then edited. The one catch point: a failure to render or send is logged and, where Discord
 * still accepts it, answered with a short private message. Never throws.
 */
export async function answerInteraction(pending: Promise<Reply>, responder: InteractionResponder, options: AnswerOptions): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, options.deferAfterMs, undefined)));
  let initialSent = false;
  try {
    const early = await Promise.race([pending, late]);
    clearTimeout(timer);
    if (early) {
      const [first, ...rest] = renderReply(early);
      await responder.reply(first!);
      initialSent = true;
      for (const message of rest) await responder.followUp(message);
      return;
    }
    await responder.defer(options.probablyPrivate);
    initialSent = true;
    const reply = await pending;
    const [first, ...rest] = renderReply(reply);
    if (first!.flags === EPHEMERAL_FLAG && !options.probablyPrivate) {
      // A public "thinking…" cannot turn private: remove it and answer privately instead.
      await responder.deleteOriginal();
      for (const message of [first!, ...rest]) await responder.followUp(message);
    } else {
      await responder.editOriginal(first!);
      for (const message of rest) await responder.followUp(message);
    }
  } catch (error) {
    clearTimeout(timer);
    options.log.error({ err: error }, 'answering a Discord interaction failed');
    const [apology] = renderReply(errorReply('Sorry, that did not work. The error has been logged.'));
    try {
      await (initialSent ? responder.followUp(apology!) : responder.reply(apology!));
    } catch (secondError) {
      options.log.error({ err: secondError }, 'could not tell the user about the failure');
    }
  }
}

// Shared with the Slack adapter; re-exported so the Discord modes keep importing it from here.
export { AnswersInFlight } from '../../app/answers-in-flight.js';
