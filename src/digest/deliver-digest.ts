import type { Digest } from '../news/types.js';
import type { Logger } from '../logger.js';
import type { DeliveryLedger } from '../store/delivery-ledger.js';
import type { Subscription, SubscriptionRepository } from '../store/subscription-repository.js';
import type { DigestArticles } from './digest-articles.js';
import { DeliveryError, type DigestPoster } from './digest-poster.js';
import { PLATFORM_RATE_POLICIES, type RateLimiter, type RatePolicy } from './rate-limiter.js';

const DAY_MS = 86_400_000;
/** 429s in a row before giving up for now; the next sweep tries again with the same key. */
const MAX_RATE_LIMITED_ATTEMPTS = 5;

export interface DeliveryDeps {
  ledger: DeliveryLedger;
  subscriptions: SubscriptionRepository;
  articles: DigestArticles;
  posters: ReadonlyMap<string, DigestPoster>;
  limiter: RateLimiter;
  log: Logger;
  clock: () => Date;
  /** Identifies this process in the ledger. */
  owner: string;
  ratePolicies?: Partial<Record<string, RatePolicy>>;
}

export type DeliveryOutcome = 'sent' | 'empty' | 'failed' | 'retry' | 'skipped';

/** Another process took the delivery over while this one waited for its turn to send. */
class ClaimLostError extends Error {}

/**
 * The window a day's digest covers: from where the previous one ended (24 hours back for a new
 * subscription) to the due time. Both ends come from stored state, so a retry after a crash
 * builds the same digest.
 */
export function digestWindow(sub: Pick<Subscription, 'lastDigestAt'>, due: Date): { from: Date; to: Date } {
  const from = sub.lastDigestAt && sub.lastDigestAt < due ? sub.lastDigestAt : new Date(due.getTime() - DAY_MS);
  return { from, to: due };
}

/** Builds the digest a subscription would get for a window: its filters, at most 10 stories. */
export function buildDigest(articles: DigestArticles, sub: Pick<Subscription, 'timezone' | 'includeWords' | 'excludeWords'>, localDate: string, window: { from: Date; to: Date }): Digest {
  return { localDate, timezone: sub.timezone, from: window.from, to: window.to, entries: articles.between(window.from, window.to, sub) };
}

/**
 * Delivers one subscription's digest for one local date, exactly once: claim in the ledger,
 * post with the claim's key (so a retry is refused by the platform), then complete.
 */
export async function deliverDigest(deps: DeliveryDeps, sub: Subscription, localDate: string, due: Date): Promise<DeliveryOutcome> {
  const claim = deps.ledger.claim(sub.id, localDate, deps.owner, deps.clock());
  if (!claim.claimed) return 'skipped';
  const digest = buildDigest(deps.articles, sub, localDate, digestWindow(sub, due));
  const log = deps.log.child({ subscription: sub.id, platform: sub.platform, channel: sub.channelId, localDate });
  if (digest.entries.length === 0) {
    deps.ledger.complete(claim.key, deps.owner, deps.clock(), { status: 'empty', articleCount: 0 });
    deps.subscriptions.recordCovered(sub.id, digest.to);
    log.info('no news for this digest: nothing posted');
    return 'empty';
  }
  try {
    const { messageId } = await postRespectingLimits(deps, sub, digest, claim.key, claim.retry);
    deps.ledger.complete(claim.key, deps.owner, deps.clock(), { status: 'sent', messageId, articleCount: digest.entries.length });
    deps.subscriptions.recordCovered(sub.id, digest.to);
    log.info({ messageId, articles: digest.entries.length, retry: claim.retry }, 'digest posted');
    return 'sent';
  } catch (error) {
    if (error instanceof ClaimLostError) return 'skipped';
    const permanent = error instanceof DeliveryError && error.permanent;
    const message = error instanceof Error ? error.message : String(error);
    const now = deps.clock();
    deps.ledger.complete(claim.key, deps.owner, now, { status: permanent ? 'failed' : 'retry', error: message });
    const paused = deps.subscriptions.recordError(sub.id, message, now, permanent);
    log.warn({ err: error, permanent, paused }, paused ? 'digest failed again: subscription paused' : 'digest failed');
    return permanent ? 'failed' : 'retry';
  }
}

async function postRespectingLimits(deps: DeliveryDeps, sub: Subscription, digest: Digest, key: string, retry: boolean): Promise<{ messageId: string }> {
  const poster = deps.posters.get(sub.platform);
  // Retrying cannot help: the bot was started without a way to post there (e.g. no DISCORD_TOKEN).
  if (!poster) throw new DeliveryError(`this bot has no ${sub.platform} token to post digests with`, true);
  const policy = deps.ratePolicies?.[sub.platform] ?? PLATFORM_RATE_POLICIES[sub.platform];
  const bucket = policy.keyFor(sub.channelId);
  for (let attempt = 1; ; attempt++) {
    const ended = await deps.limiter.acquire(bucket, policy);
    try {
      if (!deps.ledger.renew(key, deps.owner, deps.clock())) throw new ClaimLostError();
      // A 429 means nothing was posted, so only the claim says whether an earlier try may have.
      return await poster.post(sub.channelId, digest, key, { mayHavePosted: retry });
    } catch (error) {
      const retryAfterMs = error instanceof DeliveryError ? error.retryAfterMs : undefined;
      if (retryAfterMs === undefined || attempt >= MAX_RATE_LIMITED_ATTEMPTS) throw error;
      deps.limiter.pause(bucket, retryAfterMs);
    } finally {
      ended();
    }
  }
}
