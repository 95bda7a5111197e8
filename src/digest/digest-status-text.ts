import { PAUSE_AFTER_FAILED_DAYS } from '../store/subscription-repository.js';
import type { DigestStatus } from './digest-service.js';
import { formatLocal } from './local-time.js';

/** Any member may read a status: a feed URL's query (`?key=…`) or credentials must not show in it. */
export function withoutUrlSecrets(text: string): string {
  return text.replace(/\bhttps?:\/\/[^\s"'<>]*[^\s"'<>.,;:!?)]/giu, (raw) => {
    try {
      const url = new URL(raw);
      return `${url.protocol}//${url.host}${url.pathname}`;
    } catch {
      return '(a link)';
    }
  });
}

/** Text from outside (a platform's error, a feed's name) must never ping a whole channel. */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(everyone|here|channel)/gi, '@\u200b$1').replace(/<!(everyone|here|channel)[^>]*>/gi, '$1').replace(/<@[&!]?[\w]+>/g, 'someone');
}

/** `/digest status` as lines a person reads: schedule, next run, last delivery, what went wrong. */
export function formatDigestStatus(status: DigestStatus): string {
  const { subscription: sub, nextRun, lastSent, latestDay, latestDayGaveUp, feedProblems } = status;
  const tz = sub.timezone;
  const lines = [`Daily digest in <#${sub.channelId}> at ${sub.timeOfDay} (${tz}).`];
  const filters = [
    sub.includeWords.length ? `only stories about ${sub.includeWords.join(', ')}` : '',
    sub.excludeWords.length ? `never ${sub.excludeWords.join(', ')}` : '',
  ].filter(Boolean);
  if (filters.length) lines.push(`Filters: ${filters.join('; ')}.`);
  if (sub.pausedAt) {
    lines.push(`Paused since ${formatLocal(sub.pausedAt, tz)} after ${PAUSE_AFTER_FAILED_DAYS} failed days. Run \`/digest subscribe\` again to resume.`);
  } else if (nextRun) {
    lines.push(`Next run: ${formatLocal(nextRun.due, tz)} (${tz}).`);
  }
  lines.push(lastSent
    ? `Last digest: ${lastSent.localDate}, ${lastSent.articleCount ?? 0} ${lastSent.articleCount === 1 ? 'story' : 'stories'}, posted ${formatLocal(lastSent.completedAt ?? lastSent.claimedAt, tz)}.`
    : 'No digest posted yet.');
  if (latestDay && latestDay !== lastSent) {
    const gaveUp = sub.lastDigestAt ? 'gave-up' : 'gave-up-first';
    lines.push(describeDay(latestDay.localDate, latestDayGaveUp ? gaveUp : latestDay.status, latestDay.error));
  }
  if (sub.lastError && sub.lastErrorAt) {
    const streak = sub.failedDays > 0 ? ` (${sub.failedDays} failed ${sub.failedDays === 1 ? 'day' : 'days'} in a row)` : '';
    lines.push(`Last error: ${neutralizeMentions(sub.lastError)} at ${formatLocal(sub.lastErrorAt, tz)}${streak}.`);
  }
  for (const feed of feedProblems) {
    lines.push(`Feed problem: ${neutralizeMentions(feed.name)}: ${feed.disabled ? 'switched off after repeated failures' : neutralizeMentions(withoutUrlSecrets(feed.error ?? 'failing'))}.`);
  }
  return lines.join('\n');
}

function describeDay(localDate: string, status: string, error: string | null): string {
  switch (status) {
    case 'empty': return `${localDate}: no news matched, so nothing was posted.`;
    case 'claimed': return `${localDate}: being sent right now.`;
    case 'retry': return `${localDate}: not posted yet, will retry (${neutralizeMentions(error ?? 'temporary failure')}).`;
    // The scheduler stops retrying after the grace window; the stories are not lost, only late.
    case 'gave-up': return `${localDate}: could not be posted in time (${neutralizeMentions(error ?? 'temporary failure')}); the next digest covers its stories.`;
    // With no digest before it, the next one covers only its own 24 hours.
    case 'gave-up-first': return `${localDate}: could not be posted in time (${neutralizeMentions(error ?? 'temporary failure')}); the next digest covers the 24 hours before it.`;
    case 'failed': return `${localDate}: could not be posted (${neutralizeMentions(error ?? 'unknown error')}).`;
    default: return `${localDate}: ${status}.`;
  }
}
