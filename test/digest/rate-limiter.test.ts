import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PLATFORM_RATE_POLICIES, RateLimiter } from '../../src/digest/rate-limiter.js';

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

/** Sends `count` requests on one channel each; each answers after `latencyMs`; returns when each went out. */
async function fanOut(limiter: RateLimiter, platform: 'discord' | 'slack', channels: string[], latencyMs: number): Promise<number[]> {
  const policy = PLATFORM_RATE_POLICIES[platform];
  const released: number[] = [];
  const all = Promise.all(channels.map(async (c) => {
    const ended = await limiter.acquire(policy.keyFor(c), policy);
    released.push(Date.now());
    setTimeout(ended, latencyMs);
  }));
  await vi.advanceTimersByTimeAsync(60_000);
  await all;
  return released;
}

const busiestSecond = (times: number[]) => Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + 1000).length));

describe('rate limiter', () => {
  it('GIVEN 200 Discord sends answered at once THEN they go out at 90 % or more of 50 a second, never 51 in one second', async () => {
    const released = await fanOut(new RateLimiter(), 'discord', Array.from({ length: 200 }, (_, i) => `c${i}`), 1);
    expect(busiestSecond(released)).toBeLessThanOrEqual(50);
    expect((199 * 1000) / (released.at(-1)! - released[0]!)).toBeGreaterThanOrEqual(45);
  });

  it('GIVEN slow answers THEN a send waits for the window to pass after the earlier answer, so 51 never land in one platform second', async () => {
    const released = await fanOut(new RateLimiter(), 'discord', Array.from({ length: 120 }, (_, i) => `c${i}`), 300);
    const answered = released.map((t) => t + 300);
    expect(busiestSecond(answered)).toBeLessThanOrEqual(50);
    expect(busiestSecond(released)).toBeLessThanOrEqual(50);
  });

  it('Slack channels do not wait for each other, but one channel gets one message a second', async () => {
    const released = await fanOut(new RateLimiter(), 'slack', ['C1', 'C2', 'C3', 'C1', 'C1'], 1);
    expect(released.sort((a, b) => a - b)).toEqual([0, 0, 0, 1001, 2002]);
  });

  it('GIVEN a 429 with Retry-After THEN nothing more goes out on that key until it has passed', async () => {
    const limiter = new RateLimiter();
    const policy = PLATFORM_RATE_POLICIES.discord;
    (await limiter.acquire('discord', policy))();
    limiter.pause('discord', 3000);
    const pending = limiter.acquire('discord', policy).then(() => Date.now());
    await vi.advanceTimersByTimeAsync(5000);
    expect(await pending).toBe(3000);
  });
});
