import type { Digest } from '../news/types.js';
import type { Db } from '../store/database.js';
import type { Delivery, DeliveryLedger } from '../store/delivery-ledger.js';
import type { DigestPlatform, Subscription, SubscriptionInput, SubscriptionRepository } from '../store/subscription-repository.js';
import type { DigestArticles } from './digest-articles.js';
import { buildDigest, digestWindow } from './deliver-digest.js';
import { latestDue, localDateOf, nextDue } from './local-time.js';

/** A feed that is failing or switched off: one reason a digest may be thin or empty. */
export interface FeedProblem {
  name: string;
  url: string;
  error: string | null;
  disabled: boolean;
}

/** Everything `/digest status` shows: the answer to "why didn't it post?". */
export interface DigestStatus {
  subscription: Subscription;
  nextRun: { localDate: string; due: Date } | null;
  /** The latest digest actually posted. */
  lastSent: Delivery | undefined;
  /** The latest day's outcome, whatever it was (`empty` means no news, nothing posted). */
  latestDay: Delivery | undefined;
  /**
   * True when the latest day is waiting for a retry that will never come (its grace window has
   * passed or a newer day is due), so the next digest covers its stories instead.
   */
  latestDayGaveUp: boolean;
  feedProblems: FeedProblem[];
}

/** What the `/digest` command needs; created by the scheduler so changes take effect at once. */
export interface DigestService {
  readonly defaultTimezone: string;
  /** Whether this bot can post to the platform (Discord in HTTP-only mode has no token to post with). */
  postsTo(platform: DigestPlatform): boolean;
  subscribe(input: Omit<SubscriptionInput, 'now'>): Subscription;
  unsubscribe(platform: DigestPlatform, channelId: string): boolean;
  status(platform: DigestPlatform, channelId: string): DigestStatus | undefined;
  /**
   * The digest the channel would get if it were sent now (defaults when it is not subscribed);
   * `platform` null (the console) previews the last 24 hours with no subscription.
   */
  preview(platform: DigestPlatform | null, channelId: string, defaults: { timezone: string }): Digest;
}

export interface DigestServiceDeps {
  db: Db;
  subscriptions: SubscriptionRepository;
  ledger: DeliveryLedger;
  articles: DigestArticles;
  clock: () => Date;
  /** `DIGEST_GRACE_HOURS`: how long after its due time a day's digest is still sent or retried. */
  graceHours: number;
  defaultTimezone: string;
  platforms: ReadonlySet<DigestPlatform>;
  onChange(sub: Subscription): void;
  onRemove(id: number): void;
}

/**
 * The day whose digest is still worth sending now: the latest due one, unless it is older than the
 * grace window. The scheduler sends and retries only this day, and status reads the same rule.
 */
export function dayStillDue(sub: Pick<Subscription, 'timeOfDay' | 'timezone'>, now: Date, graceMs: number): { localDate: string; due: Date } | undefined {
  const latest = latestDue(now, sub.timeOfDay, sub.timezone);
  return now.getTime() - latest.due.getTime() > graceMs ? undefined : latest;
}

export function createDigestService(deps: DigestServiceDeps): DigestService {
  const feedProblems = deps.db.prepare(
    'SELECT name, url, last_error AS error, disabled_at IS NOT NULL AS disabled FROM feeds WHERE failures_in_row > 0 OR disabled_at IS NOT NULL ORDER BY name',
  );
  return {
    defaultTimezone: deps.defaultTimezone,
    postsTo: (platform) => deps.platforms.has(platform),
    subscribe(input) {
      const sub = deps.subscriptions.upsert({ ...input, now: deps.clock() });
      deps.onChange(sub);
      return sub;
    },
    unsubscribe(platform, channelId) {
      const sub = deps.subscriptions.find(platform, channelId);
      if (!sub) return false;
      deps.onRemove(sub.id);
      return deps.subscriptions.remove(platform, channelId);
    },
    status(platform, channelId) {
      const subscription = deps.subscriptions.find(platform, channelId);
      if (!subscription) return undefined;
      const recent = deps.ledger.recent(subscription.id, 30);
      const rows = feedProblems.all() as (Omit<FeedProblem, 'disabled'> & { disabled: number })[];
      const latestDay = recent[0];
      const now = deps.clock();
      return {
        subscription,
        nextRun: subscription.pausedAt ? null : nextDue(now, subscription.timeOfDay, subscription.timezone),
        lastSent: recent.find((d) => d.status === 'sent'),
        latestDay,
        latestDayGaveUp: latestDay?.status === 'retry' && dayStillDue(subscription, now, deps.graceHours * 3_600_000)?.localDate !== latestDay.localDate,
        feedProblems: rows.map((r) => ({ ...r, disabled: r.disabled === 1 })),
      };
    },
    preview(platform, channelId, defaults) {
      const now = deps.clock();
      const sub = (platform && deps.subscriptions.find(platform, channelId)) || { timezone: defaults.timezone, includeWords: [], excludeWords: [], lastDigestAt: null };
      return buildDigest(deps.articles, sub, localDateOf(now, sub.timezone), digestWindow(sub, now));
    },
  };
}
