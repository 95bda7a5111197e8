import type { Digest } from '../../commands/types.js';

/**
 * How the scheduler reaches a platform: "post this digest to this channel". Each adapter
 * implements it; the scheduler never imports a platform library.
 */
export interface DigestPoster {
  readonly platform: 'discord' | 'slack';
  /**
   * Posts the digest. `idempotencyKey` is the same on every retry of one delivery, so the
   * platform side can refuse a duplicate (Discord `nonce` + `enforce_nonce`; Slack message
   * `metadata` checked before re-posting). Resolves with the posted message's id.
   */
  post(channelId: string, digest: Digest, idempotencyKey: string): Promise<{ messageId: string }>;
}

/** A failure the scheduler can act on: a permanent one (deleted channel, no access) counts toward pausing. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly code?: string | number,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
