import { randomUUID } from 'node:crypto';
import cron, { type ScheduledTask } from 'node-cron';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Db } from '../store/database.js';
import { createDeliveryLedger } from '../store/delivery-ledger.js';
import { createSubscriptionRepository, type Subscription } from '../store/subscription-repository.js';
import { createDigestArticles } from './digest-articles.js';
import type { DigestPoster } from './digest-poster.js';
import { createDigestService, dayStillDue, type DigestService } from './digest-service.js';
import { deliverDigest, type DeliveryDeps, type DeliveryOutcome } from './deliver-digest.js';
import { nextDue, serverTimeZone } from './local-time.js';
import { RateLimiter, type RatePolicy, type Sleep } from './rate-limiter.js';

export interface DigestSchedulerDeps {
  db: Db;
  posters: readonly DigestPoster[];
  log: Logger;
  config: Pick<Config, 'DIGEST_GRACE_HOURS' | 'TZ'>;
  clock?: () => Date;
  /**
   * How long a claim protects a delivery before another process may take it over (default 2 min).
   * A claim is renewed right before its send, so only a send itself must fit; short, so that the
   * retry after a crash comes while Discord still remembers the nonce (a few minutes).
   */
  leaseMs?: number;
  /** When to look for due, missed and interrupted digests (default every minute). */
  sweepCron?: string;
  /** Overrides the platforms' documented limits (benchmarks, tests). */
  ratePolicies?: Partial<Record<string, RatePolicy>>;
  sleep?: Sleep;
}

export interface DigestScheduler {
  /** Schedules every active subscription and sends, at once, digests missed while the bot was down. */
  start(): Promise<void>;
  /** Stops the schedule and waits for digests being sent to finish. */
  stop(): Promise<void>;
  /** Sends every digest that is due and not yet delivered; resolves with each one's outcome. */
  sweep(): Promise<DeliveryOutcome[]>;
  /** The next due instants across all active subscriptions, soonest first (for the start-up line). */
  nextRuns(limit?: number): Date[];
  /** What `/digest` uses: subscribe, unsubscribe, status, preview. */
  readonly service: DigestService;
}

/**
 * Daily digests. Each subscription has a node-cron task at its local time in its time zone; a
 * sweep every few minutes (and once at start) sends what is due but not in the ledger: digests
 * missed while the bot was down (within `DIGEST_GRACE_HOURS`), a time that a spring-forward day
 * skips, a claim left by a crashed process. The ledger makes every path send at most once.
 */
export function createDigestScheduler(deps: DigestSchedulerDeps): DigestScheduler {
  const clock = deps.clock ?? (() => new Date());
  const subscriptions = createSubscriptionRepository(deps.db);
  const articles = createDigestArticles(deps.db);
  const delivery: DeliveryDeps = {
    ledger: createDeliveryLedger(deps.db, { leaseMs: deps.leaseMs ?? 2 * 60_000 }),
    subscriptions, articles,
    posters: new Map(deps.posters.map((p) => [p.platform, p])),
    // Pacing follows the real clock even when business time is injected.
    limiter: new RateLimiter(undefined, deps.sleep),
    log: deps.log.child({ component: 'digest' }),
    clock,
    owner: `${process.pid}-${randomUUID()}`,
    ...(deps.ratePolicies ? { ratePolicies: deps.ratePolicies } : {}),
  };
  const graceMs = deps.config.DIGEST_GRACE_HOURS * 3_600_000;
  const tasks = new Map<number, ScheduledTask>();
  const inFlight = new Map<string, Promise<DeliveryOutcome>>();
  let sweepTask: ScheduledTask | undefined;
  let running = false;

  function runDue(sub: Subscription): Promise<DeliveryOutcome> {
    if (sub.pausedAt) return Promise.resolve('skipped');
    // A day long past is not sent late, and a new subscription starts with the next due time.
    const day = dayStillDue(sub, clock(), graceMs);
    if (!day || day.due < sub.createdAt) return Promise.resolve('skipped');
    const { localDate, due } = day;
    const key = `${sub.id}:${localDate}`;
    const pending = inFlight.get(key);
    if (pending) return pending;
    const run = deliverDigest(delivery, sub, localDate, due)
      .catch((error: unknown): DeliveryOutcome => {
        // The database itself failed (disk full, locked too long): the claim, if made, goes stale and is retried.
        delivery.log.error({ err: error, subscription: sub.id, localDate }, 'digest delivery crashed');
        return 'retry';
      })
      .finally(() => inFlight.delete(key));
    inFlight.set(key, run);
    return run;
  }

  function schedule(sub: Subscription): void {
    tasks.get(sub.id)?.destroy();
    tasks.delete(sub.id);
    if (!running || sub.pausedAt) return;
    const [hour, minute] = sub.timeOfDay.split(':').map(Number);
    try {
      const task = cron.schedule(`${minute} ${hour} * * *`, async () => {
        const current = subscriptions.get(sub.id);
        if (current) await runDue(current);
      }, { timezone: sub.timezone, name: `digest-${sub.id}`, noOverlap: true, suppressMissedWarning: true });
      tasks.set(sub.id, task);
    } catch (error) {
      // A row edited by hand (a zone this Node does not know) must not stop the other channels.
      delivery.log.error({ err: error, subscription: sub.id, timezone: sub.timezone }, 'digest could not be scheduled');
    }
  }

  async function sweep(): Promise<DeliveryOutcome[]> {
    // All due digests go out together: the rate limiter, not this loop, paces them.
    return Promise.all(subscriptions.listActive().map(runDue));
  }

  const service = createDigestService({
    db: deps.db, subscriptions, ledger: delivery.ledger, articles, clock, graceHours: deps.config.DIGEST_GRACE_HOURS,
    defaultTimezone: deps.config.TZ ?? serverTimeZone(),
    platforms: new Set(deps.posters.map((p) => p.platform)),
    onChange: (sub) => (sub ? schedule(sub) : undefined),
    onRemove: (id) => {
      tasks.get(id)?.destroy();
      tasks.delete(id);
    },
  });

  return {
    service,
    sweep,
    nextRuns(limit = 3) {
      const now = clock();
      return subscriptions.listActive().map((sub) => nextDue(now, sub.timeOfDay, sub.timezone).due).sort((a, b) => a.getTime() - b.getTime()).slice(0, limit);
    },
    async start() {
      if (running) return;
      running = true;
      for (const sub of subscriptions.listActive()) schedule(sub);
      sweepTask = cron.schedule(deps.sweepCron ?? '* * * * *', async () => void (await sweep()), {
        timezone: 'UTC', name: 'digest-sweep', noOverlap: true, suppressMissedWarning: true,
      });
      const outcomes = await sweep();
      const caughtUp = outcomes.filter((o) => o === 'sent').length;
      if (caughtUp > 0) delivery.log.info({ caughtUp }, 'sent digests missed while the bot was down');
    },
    async stop() {
      running = false;
      await sweepTask?.destroy();
      for (const task of tasks.values()) await task.destroy();
      tasks.clear();
      await Promise.allSettled([...inFlight.values()]);
    },
  };
}
