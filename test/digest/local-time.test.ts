import { describe, expect, it } from 'vitest';
import { isValidTimeZone, latestDue, nextDue, parseTimeOfDay, zonedTimeToInstant } from '../../src/digest/local-time.js';

describe('local time of a daily digest', () => {
  it('accepts 24-hour HH:MM and refuses 25:00, 09:60 and words', () => {
    expect(parseTimeOfDay('9:05')).toBe('09:05');
    expect(parseTimeOfDay('23:59')).toBe('23:59');
    for (const bad of ['25:00', '09:60', 'nine', '0900', '']) expect(parseTimeOfDay(bad)).toBeUndefined();
  });

  it('knows IANA zones and refuses made-up ones', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('GIVEN 09:00 in London WHEN summer time ends THEN the instant moves by an hour in UTC, still 09:00 locally', () => {
    expect(zonedTimeToInstant('2026-10-24', '09:00', 'Europe/London').toISOString()).toBe('2026-10-24T08:00:00.000Z');
    expect(zonedTimeToInstant('2026-10-25', '09:00', 'Europe/London').toISOString()).toBe('2026-10-25T09:00:00.000Z');
  });

  it('GIVEN 02:30 in New York WHEN the clocks skip 02:00-03:00 THEN that day it is due at 03:30 (not skipped)', () => {
    expect(zonedTimeToInstant('2026-03-08', '02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  it('GIVEN 01:30 in New York WHEN the hour repeats THEN it is due the first time only', () => {
    expect(zonedTimeToInstant('2026-11-01', '01:30', 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('finds the latest and next due instants around now', () => {
    const now = new Date('2026-11-25T08:30:00Z'); // 09:30 in Paris
    expect(latestDue(now, '09:00', 'Europe/Paris')).toEqual({ localDate: '2026-11-25', due: new Date('2026-11-25T08:00:00Z') });
    expect(nextDue(now, '09:00', 'Europe/Paris')).toEqual({ localDate: '2026-11-26', due: new Date('2026-11-26T08:00:00Z') });
    expect(latestDue(now, '10:00', 'Europe/Paris').localDate).toBe('2026-11-24');
  });
});
