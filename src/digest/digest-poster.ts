import type { Digest } from '../news/types.js';

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
  post(channelId: string, digest: Digest, idempotencyKey: string, attempt?: DeliveryAttempt): Promise<{ messageId: string }>;
}

/** What the scheduler knows about earlier tries of one delivery. */
export interface DeliveryAttempt {
  /**
   * True when an earlier try with the same key may have reached the platform: a claim taken over
   * from a crashed process, or a retry after a failure. A poster whose platform has no built-in
   * dedupe (Slack) should look for an earlier post first, even if this process never tried it.
   */
  mayHavePosted: boolean;
}

/** A failure the scheduler can act on: a permanent one (deleted channel, no access) counts toward pausing. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly code?: string | number,
    /** For a rate limit (429): how long the platform asked to wait before the same request again. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
