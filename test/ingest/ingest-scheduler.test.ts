import { describe, expect, it } from 'vitest';
import type { IngestReport } from '../../src/ingest/ingest-run.js';
import { createIngestScheduler } from '../../src/ingest/ingest-scheduler.js';
import { createLogger } from '../../src/logger.js';

const empty: IngestReport = { feeds: [] };

describe('the ingest scheduler', () => {
  it('ingests at start, shares a pass that is still running, and stops cleanly', async () => {
    let passes = 0;
    let finish!: () => void;
    const run = () => {
      passes++;
      return new Promise<IngestReport>((resolve) => (finish = () => resolve(empty)));
    };
    const reports: IngestReport[] = [];
    const scheduler = createIngestScheduler({ run, pollMinutes: 30, log: createLogger('silent', false), onReport: (r) => reports.push(r) });
    const first = scheduler.start();
    const again = scheduler.runOnce();
    expect(passes).toBe(1);
    finish();
    expect(await first).toBe(empty);
    expect(await again).toBe(empty);
    expect(reports).toEqual([empty]);
    await scheduler.stop();
  });

  it('logs a failed pass and goes on', async () => {
    const scheduler = createIngestScheduler({ run: () => Promise.reject(new Error('disk full')), pollMinutes: 1, log: createLogger('silent', false) });
    expect(await scheduler.start()).toBeUndefined();
    await scheduler.stop();
  });
});
