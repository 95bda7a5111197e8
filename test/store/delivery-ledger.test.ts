import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { createDeliveryLedger } from '../../src/store/delivery-ledger.js';
import { createSubscriptionRepository } from '../../src/store/subscription-repository.js';

const t0 = new Date('2026-11-25T08:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

function setup(path = ':memory:') {
  const db = openDatabase(path);
  const sub = createSubscriptionRepository(db).upsert({ platform: 'discord', channelId: '1', timeOfDay: '09:00', timezone: 'UTC', includeWords: [], excludeWords: [], createdBy: 'u', now: t0 });
  return { db, subId: sub.id, ledger: createDeliveryLedger(db, { leaseMs: 60_000 }) };
}

describe('delivery ledger', () => {
  it('GIVEN two processes on one database WHEN both claim the same day THEN exactly one gets it', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ledger-')), 'bot.db');
    const a = setup(path);
    const b = { ledger: createDeliveryLedger(openDatabase(path), { leaseMs: 60_000 }) };
    const results = [a.ledger.claim(a.subId, '2026-11-25', 'A', t0), b.ledger.claim(a.subId, '2026-11-25', 'B', t0)];
    expect(results.filter((r) => r.claimed)).toHaveLength(1);
    expect(a.ledger.claim(a.subId, '2026-11-26', 'A', t0).claimed).toBe(true);
  });

  it('a completed day is never claimed again, whatever its outcome', () => {
    const { ledger, subId } = setup();
    for (const [day, status] of [['2026-11-01', 'sent'], ['2026-11-02', 'empty'], ['2026-11-03', 'failed']] as const) {
      const claim = ledger.claim(subId, day, 'A', t0);
      expect(ledger.complete(claim.key, 'A', t0, { status })).toBe(true);
      expect(ledger.claim(subId, day, 'B', later(3_600_000))).toMatchObject({ claimed: false, status });
    }
  });

  it('GIVEN a claim whose owner crashed WHEN the lease has run out THEN another process takes it over with the same key', () => {
    const { ledger, subId } = setup();
    const first = ledger.claim(subId, '2026-11-25', 'crashed', t0);
    expect(ledger.claim(subId, '2026-11-25', 'B', later(59_000)).claimed).toBe(false);
    const takeover = ledger.claim(subId, '2026-11-25', 'B', later(60_000));
    expect(takeover).toEqual({ claimed: true, key: first.key, retry: true });
    expect(ledger.renew(first.key, 'crashed', later(60_500))).toBe(false); // a slow owner learns it lost the claim before sending
    expect(ledger.renew(first.key, 'B', later(60_500))).toBe(true);
    expect(ledger.complete(first.key, 'crashed', later(61_000), { status: 'sent' })).toBe(false);
    expect(ledger.complete(first.key, 'B', later(61_000), { status: 'sent', messageId: 'm1', articleCount: 2 })).toBe(true);
    expect(ledger.get(first.key)).toMatchObject({ status: 'sent', claimedBy: 'B', messageId: 'm1', articleCount: 2 });
  });

  it('a transient failure is claimed again at once', () => {
    const { ledger, subId } = setup();
    const claim = ledger.claim(subId, '2026-11-25', 'A', t0);
    ledger.complete(claim.key, 'A', t0, { status: 'retry', error: 'HTTP 503' });
    expect(ledger.claim(subId, '2026-11-25', 'A', later(1)).claimed).toBe(true);
  });
});
