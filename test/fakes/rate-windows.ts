/** How the fakes count requests against a platform's limits. Times are in ms on whatever clock the caller passes. */

/** A fixed window of `limit` requests per `perMs`, the way Discord's route buckets count. */
export class FixedWindow {
  private windowStart = Number.NEGATIVE_INFINITY;
  private used = 0;

  constructor(
    readonly limit: number,
    readonly perMs: number,
  ) {}

  /** Takes one request; returns the bucket state to report, or how long to wait when it is full. */
  take(now: number): { allowed: true; remaining: number; resetAfterMs: number } | { allowed: false; retryAfterMs: number } {
    if (now - this.windowStart >= this.perMs) {
      this.windowStart = now;
      this.used = 0;
    }
    const resetAfterMs = this.windowStart + this.perMs - now;
    if (this.used >= this.limit) return { allowed: false, retryAfterMs: resetAfterMs };
    this.used++;
    return { allowed: true, remaining: this.limit - this.used, resetAfterMs };
  }
}

/**
 * A sliding window of `limit` requests per `perMs`: stricter than a fixed window, so a client that
 * never trips it could not trip the platform either (Discord's global 50 a second, Slack's per channel).
 */
export class SlidingWindow {
  private readonly times: number[] = [];

  constructor(
    readonly limit: number,
    readonly perMs: number,
  ) {}

  /** How long until one more request fits at `now`: 0 when it fits now. Counts nothing. */
  waitMs(now: number): number {
    while (this.times.length > 0 && now - this.times[0]! >= this.perMs) this.times.shift();
    return this.times.length < this.limit ? 0 : this.times[0]! + this.perMs - now;
  }

  /** Counts a request made at `now`. */
  record(now: number): void {
    this.times.push(now);
  }

  /** Counts one request if it fits, or says how long until it would. */
  take(now: number): { allowed: true } | { allowed: false; retryAfterMs: number } {
    const retryAfterMs = this.waitMs(now);
    if (retryAfterMs > 0) return { allowed: false, retryAfterMs };
    this.record(now);
    return { allowed: true };
  }
}

/** The most of `times` that fall in any window of `perMs`: a limit of that window allows at most its count. */
export function busiestWindow(times: readonly number[], perMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let start = 0, end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= perMs) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}
