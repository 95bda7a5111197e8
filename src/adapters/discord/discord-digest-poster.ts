import { createHash } from 'node:crypto';
import { DiscordAPIError, type REST, Routes } from 'discord.js';
import type { Digest } from '../../../commands/types.js';
import { DeliveryError, type DigestPoster } from '../../digest/digest-poster.js';
import { discordMessage } from './render/discord-message.js';
import { renderDigestMessage } from './render/render-digest.js';

/** Discord codes that mean the channel is gone or closed to the bot: retrying will not help. */
const PERMANENT_CODES = new Set([10003 /* unknown channel */, 50001 /* missing access */, 50013 /* missing permissions */]);

/**
 * Posts digests to Discord channels. Each delivery carries a nonce derived from its idempotency
 * key with `enforce_nonce`, so a retry after a lost response returns the first message instead of
 * posting twice. 429s are waited out and retried by discord.js's REST client.
 */
export function createDiscordDigestPoster(rest: REST): DigestPoster {
  return {
    platform: 'discord',
    async post(channelId: string, digest: Digest, idempotencyKey: string) {
      const body = { ...discordMessage(renderDigestMessage(digest), false), nonce: nonceFor(idempotencyKey), enforce_nonce: true };
      try {
        const message = (await rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
        return { messageId: message.id };
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
  };
}

/** A nonce of at most 25 characters, the same for every retry of one delivery. */
export function nonceFor(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('base64url').slice(0, 25);
}

function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DiscordAPIError) {
    const permanent = error.status === 403 || error.status === 404 || PERMANENT_CODES.has(Number(error.code));
    return new DeliveryError(`Discord refused the message: ${error.message}`, permanent, error.code || error.status);
  }
  return new DeliveryError(`Discord could not be reached: ${error instanceof Error ? error.message : String(error)}`, false);
}
