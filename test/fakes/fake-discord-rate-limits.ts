import { FixedWindow, SlidingWindow } from './rate-windows.js';

/** What the fake Discord sends back: status, JSON body, headers. */
export type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

/** A failure to answer instead of the normal response: a 429 (with `Retry-After`), or a Discord error code. */
export type InjectedFailure = { status: 429; retryAfterSeconds: number; global?: boolean } | { status: number; code: number; message: string };

/** The limits a fake Discord enforces; each is off unless set. */
export interface DiscordLimitOptions {
  /** Global limit on bot-token requests, as a sliding window (Discord: 50 per 1,000 ms). */
  globalLimit?: { requests: number; perMs: number };
  /** Per-channel message bucket with Discord's `X-RateLimit-*` headers (commonly 5 per 5 s). */
  channelMessageLimit?: { messages: number; perMs: number };
}

/** Discord's global limit and per-channel buckets, counting the 429s they answer. Times in ms, any one clock. */
export class DiscordLimits {
  /** 429s answered by these limits (injected failures not counted). */
  rateLimited = 0;
  private readonly global?: SlidingWindow;
  private readonly channels = new Map<string, FixedWindow>();

  constructor(private readonly options: DiscordLimitOptions) {
    if (options.globalLimit) this.global = new SlidingWindow(options.globalLimit.requests, options.globalLimit.perMs);
  }

  /** A global 429 for a bot-token request at `at`, or undefined when it may go on. */
  takeGlobal(at: number): Answer | undefined {
    const state = this.global?.take(at);
    return state && !state.allowed ? this.limited(state.retryAfterMs, true) : undefined;
  }

  /** For a message to `channelId`: a 429, or the bucket headers to send with the message. */
  takeChannel(channelId: string, at: number): { limited: Answer } | { headers?: Record<string, string> } {
    const limit = this.options.channelMessageLimit;
    if (!limit) return {};
    const window = this.channels.get(channelId) ?? new FixedWindow(limit.messages, limit.perMs);
    this.channels.set(channelId, window);
    const state = window.take(at);
    if (!state.allowed) return { limited: this.limited(state.retryAfterMs, false) };
    return { headers: bucketHeaders(limit.messages, state.remaining, state.resetAfterMs, 'channel-messages') };
  }

  /** `Retry-After` in whole milliseconds, as Discord rounds it. */
  private limited(retryAfterMs: number, global: boolean): Answer {
    this.rateLimited++;
    return failureAnswer({ status: 429, retryAfterSeconds: Math.ceil(retryAfterMs) / 1000, global });
  }
}

/** The answer for a failure: Discord's 429 shape, or `{ message, code }` with the status. */
export function failureAnswer(failure: InjectedFailure): Answer {
  if (failure.status === 429 && 'retryAfterSeconds' in failure) {
    const limited = rateLimited(failure.retryAfterSeconds, failure.global ? 'global' : 'user');
    return { status: 429, headers: limited.headers, body: limited.body };
  }
  const { status, code, message } = failure as { status: number; code: number; message: string };
  return { status, body: { message, code } };
}

/** A 429 answer as Discord sends it: status, headers and body. */
export interface RateLimitAnswer {
  headers: Record<string, string>;
  body: { message: string; retry_after: number; global: boolean };
}

/** Builds the 429 Discord sends; `Retry-After` is in seconds, as Discord writes it. */
export function rateLimited(retryAfterSeconds: number, scope: 'user' | 'global' | 'shared', bucket = 'fake-bucket'): RateLimitAnswer {
  const headers: Record<string, string> = {
    'retry-after': String(retryAfterSeconds),
    'x-ratelimit-scope': scope,
  };
  if (scope === 'global') headers['x-ratelimit-global'] = 'true';
  else Object.assign(headers, { 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': String(retryAfterSeconds), 'x-ratelimit-bucket': bucket });
  return { headers, body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: scope === 'global' } };
}

/** The headers Discord adds to every answer of a limited route, so clients can pace themselves. */
export function bucketHeaders(limit: number, remaining: number, resetAfterMs: number, bucket: string): Record<string, string> {
  return {
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset-after': (resetAfterMs / 1000).toFixed(3),
    'x-ratelimit-bucket': bucket,
  };
}
