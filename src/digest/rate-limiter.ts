/** A platform's published limit: at most `limit` requests per `windowMs` for one key. */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

/** Which key a send counts against (Discord: one global bucket; Slack: each channel). */
export interface RatePolicy extends RateLimit {
  keyFor(channelId: string): string;
}

/**
 * The documented limits: Discord 50 requests/s per bot across all routes (a single message per
 * channel never reaches its per-route bucket); Slack `chat.postMessage` about 1 message/s per channel.
 */
export const PLATFORM_RATE_POLICIES: Readonly<Record<'discord' | 'slack', RatePolicy>> = {
  discord: { limit: 50, windowMs: 1000, keyFor: () => 'discord' },
  slack: { limit: 1, windowMs: 1000, keyFor: (channelId) => `slack:${channelId}` },
};

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

interface Send {
  /** When the response came back; Infinity while the request is in flight. */
  endedAt: number;
  ended: Promise<void>;
}

/**
 * Spaces sends evenly at the limit, one every `windowMs / limit`, in planned slots so a late
 * timer does not slow every later send. A send also waits while `limit` earlier sends ended (got
 * their response) less than a window ago: the platform counted each of them before it answered,
 * so however the network delays requests, no platform window ever sees `limit + 1`.
 * Different keys never wait for each other.
 */
export class RateLimiter {
  private readonly nextFree = new Map<string, number>();
  private readonly sends = new Map<string, Send[]>();

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly sleep: Sleep = realSleep,
  ) {}

  /**
   * Resolves when a request on `key` may go out under `rate`, with the function to call when its
   * response (or failure) has come back.
   */
  async acquire(key: string, rate: RateLimit): Promise<() => void> {
    const now = this.now();
    const slot = Math.max(now, this.nextFree.get(key) ?? 0);
    this.nextFree.set(key, slot + rate.windowMs / rate.limit);
    if (slot > now) await this.sleep(slot - now);
    for (;;) {
      const at = this.now();
      const recent = (this.sends.get(key) ?? []).filter((s) => at - s.endedAt < rate.windowMs);
      this.sends.set(key, recent);
      if (recent.length < rate.limit) break;
      const firstExpiry = Math.min(...recent.map((s) => s.endedAt)) + rate.windowMs;
      await (Number.isFinite(firstExpiry) ? this.sleep(firstExpiry - at) : Promise.race(recent.map((s) => s.ended)));
    }
    let end!: () => void;
    const send: Send = { endedAt: Number.POSITIVE_INFINITY, ended: new Promise<void>((resolve) => (end = resolve)) };
    this.sends.get(key)!.push(send);
    return () => {
      send.endedAt = this.now();
      end();
    };
  }

  /** The platform said 429: nothing more goes out on `key` until `retryAfterMs` has passed. */
  pause(key: string, retryAfterMs: number): void {
    const until = this.now() + retryAfterMs;
    if ((this.nextFree.get(key) ?? 0) < until) this.nextFree.set(key, until);
  }
}
