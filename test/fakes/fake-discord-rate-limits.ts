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

/** A fixed window of `limit` requests per `perMs`, the way Discord's buckets count. */
export class FixedWindow {
  private windowStart = 0;
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

/** The headers Discord adds to every answer of a limited route, so clients can pace themselves. */
export function bucketHeaders(limit: number, remaining: number, resetAfterMs: number, bucket: string): Record<string, string> {
  return {
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset-after': (resetAfterMs / 1000).toFixed(3),
    'x-ratelimit-bucket': bucket,
  };
}
