import { webApi } from '@slack/bolt';
import type { Digest } from '../../../commands/types.js';
import { DeliveryError, type DigestPoster } from '../../digest/digest-poster.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import { createBoltLogger } from './bolt-logger.js';
import { renderDigestMessage } from './render-digest.js';

/** The message metadata type that marks our digests, so a retry can find an earlier post. */
export const DIGEST_EVENT_TYPE = 'farewell_digest';

/** Errors after which posting to that channel will not work again without someone acting. */
const PERMANENT_ERRORS = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive']);
/**
 * The scheduler retries a failed delivery itself, so the client only rides out short trouble
 * (a 429's Retry-After, a blip): three tries with 1-5 s between, not the default 30 minutes.
 */
export const DIGEST_RETRY_POLICY: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 1_000, maxTimeout: 5_000 };

/** Keys remembered for spotting retries; a day of digests for a large install fits many times over. */
const REMEMBERED_KEYS = 10_000;

/**
 * Posts digests with `chat.postMessage`, tagging each with its idempotency key in message
 * metadata. A key this poster has tried before is a retry: the channel's recent history is read
 * first, and an earlier post carrying the key is returned instead of posting twice.
 * Rate limits (429 + Retry-After) are waited out by the Web API client itself.
 */
export function createSlackDigestPoster(deps: {
  config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_API_URL'>;
  log: Logger;
  retryConfig?: webApi.RetryOptions;
}): DigestPoster {
  const { config, log } = deps;
  const client = new webApi.WebClient(config.SLACK_BOT_TOKEN, {
    slackApiUrl: config.SLACK_API_URL,
    logger: createBoltLogger(log),
    retryConfig: deps.retryConfig ?? DIGEST_RETRY_POLICY,
  });
  const attempted = new Set<string>();
  return {
    platform: 'slack',
    async post(channelId, digest, idempotencyKey, attempt) {
      try {
        // A retry — ours in this process, or the scheduler's after a crash — first looks for the earlier post.
        if (attempted.has(idempotencyKey) || attempt?.mayHavePosted) {
          const earlier = await findEarlierPost(client, channelId, digest, idempotencyKey, log);
          if (earlier) return { messageId: earlier };
        }
        remember(attempted, idempotencyKey);
        const message = renderDigestMessage(digest);
        const posted = await client.chat.postMessage({
          channel: channelId,
          ...message,
          unfurl_links: false,
          unfurl_media: false,
          metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { key: idempotencyKey } },
        });
        return { messageId: posted.ts ?? '' };
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
  };
}

async function findEarlierPost(client: webApi.WebClient, channel: string, digest: Digest, key: string, log: Logger): Promise<string | undefined> {
  try {
    // Retries happen after the window closes, so nothing older than its start can be ours.
    const oldest = String(Math.floor(digest.from.getTime() / 1000));
    const history = await client.conversations.history({ channel, oldest, limit: 200, include_all_metadata: true });
    const mine = history.messages?.find((m) => m.metadata?.event_type === DIGEST_EVENT_TYPE && (m.metadata.event_payload as Record<string, unknown> | undefined)?.key === key);
    return mine?.ts;
  } catch (error) {
    // Without history access (scope, membership) a duplicate is better than a lost digest.
    log.warn({ err: error, channel, key }, 'could not read Slack history to spot an earlier digest; posting anyway');
    return undefined;
  }
}

function remember(keys: Set<string>, key: string): void {
  keys.add(key);
  if (keys.size > REMEMBERED_KEYS) keys.delete(keys.values().next().value!);
}

/** Maps a Web API failure to what the scheduler needs: permanent (stop trying this channel) or not. */
export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const coded = error as { code?: string; data?: { error?: string }; statusCode?: number; retryAfter?: number };
  if (coded.code === webApi.ErrorCode.RateLimitedError && coded.retryAfter !== undefined) {
    return new DeliveryError(`Slack rate limit: retry after ${coded.retryAfter} s`, false, 429, coded.retryAfter * 1000);
  }
  if (coded.code === webApi.ErrorCode.PlatformError && coded.data?.error) {
    const code = coded.data.error;
    return new DeliveryError(`Slack refused the digest: ${code}`, PERMANENT_ERRORS.has(code), code);
  }
  if (coded.code === webApi.ErrorCode.HTTPError && coded.statusCode) {
    const status = coded.statusCode;
    return new DeliveryError(`Slack answered HTTP ${status}`, status === 403 || status === 404, status);
  }
  const message = error instanceof Error ? error.message : String(error);
  // The client waits out 429s itself; once its tries are spent it throws this plain Error.
  const limited = /rate limit was exceeded.*retry-after: (\d+)/u.exec(message);
  if (limited) return new DeliveryError('Slack kept rate-limiting the digest', false, 429, Number(limited[1]) * 1000);
  return new DeliveryError(`Slack could not be reached: ${message}`, false, coded.code);
}
