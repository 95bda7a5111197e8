/**
 * Wall-clock arithmetic in IANA time zones with `Intl` only. A digest is due at a local time on a
 * local date; these helpers turn that into an instant and back, across daylight-saving changes.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * The machine's zone, or UTC when it has none Node knows: an empty `TZ` makes Node report
 * "Etc/Unknown", which no formatter accepts.
 */
export function serverTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : 'UTC';
}

/** True for a time zone `Intl` knows, such as `Europe/Paris` or `UTC`. */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone.trim()) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Parses `HH:MM` (24-hour, `9:05` allowed); undefined for anything else, such as `25:00`. */
export function parseTimeOfDay(text: string): string | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return undefined;
  return `${m[1]!.padStart(2, '0')}:${m[2]}`;
}

interface WallClock { date: string; time: string; ms: number }

/** The local calendar date and time of an instant; `ms` is that wall clock read as if it were UTC. */
export function wallClock(at: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const time = `${parts.hour}:${parts.minute}`;
  return { date, time, ms: Date.parse(`${date}T${time}:${parts.second}Z`) };
}

/** `YYYY-MM-DD` of an instant in a time zone. */
export const localDateOf = (at: Date, timeZone: string): string => wallClock(at, timeZone).date;

export function addDays(localDate: string, days: number): string {
  return new Date(Date.parse(`${localDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The instant a local date and time happen. A time skipped by a spring-forward change happens
 * at the same distance past the change (02:30 becomes 03:30); a time repeated by a fall-back
 * change happens the first time. So every local date has exactly one due instant.
 */
export function zonedTimeToInstant(localDate: string, time: string, timeZone: string): Date {
  const asUtc = Date.parse(`${localDate}T${time}:00Z`);
  const offsetAt = (ms: number) => wallClock(new Date(ms), timeZone).ms - ms;
  const candidates = [...new Set([asUtc - offsetAt(asUtc - DAY_MS), asUtc - offsetAt(asUtc + DAY_MS)])].sort((a, b) => a - b);
  const exact = candidates.find((ms) => wallClock(new Date(ms), timeZone).ms === asUtc);
  return new Date(exact ?? candidates[candidates.length - 1]!);
}

/** The latest due instant at or before `now` for a daily time, with its local date. */
export function latestDue(now: Date, time: string, timeZone: string): { localDate: string; due: Date } {
  const today = localDateOf(now, timeZone);
  const due = zonedTimeToInstant(today, time, timeZone);
  if (due <= now) return { localDate: today, due };
  const yesterday = addDays(today, -1);
  return { localDate: yesterday, due: zonedTimeToInstant(yesterday, time, timeZone) };
}

/** The next due instant strictly after `now`, with its local date. */
export function nextDue(now: Date, time: string, timeZone: string): { localDate: string; due: Date } {
  const { localDate } = latestDue(now, time, timeZone);
  const next = addDays(localDate, 1);
  return { localDate: next, due: zonedTimeToInstant(next, time, timeZone) };
}

/** "Thu, 26 Nov 2026, 09:00" in the given time zone. */
export function formatLocal(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone, hourCycle: 'h23', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
  }).format(at);
}
