import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logger.js';
import { type IngestReport, type IngestRun, summarizeReport } from './ingest-run.js';

export interface IngestScheduler {
  /** Ingests once now, then every `pollMinutes`. Resolves when the first pass is done. */
  start(): Promise<IngestReport | undefined>;
  stop(): Promise<void>;
  /** One pass now, unless one is already running (then its result is shared). */
  runOnce(): Promise<IngestReport | undefined>;
}

export interface IngestSchedulerDeps {
  run: IngestRun;
  pollMinutes: number;
  log: Logger;
  clock?: () => Date;
  /** Called after every pass, e.g. to print it. */
  onReport?: (report: IngestReport) => void;
}

/**
 * Polls the feeds with node-cron. The task ticks every minute and starts a pass when
 * `pollMinutes` have gone by since the last one began, so any interval from 1 to 1440 minutes
 * is exact (a cron step such as 45 would not be); a pass still running is never doubled.
 */
const STOP_WAIT_MS = 3_000;

export function createIngestScheduler(deps: IngestSchedulerDeps): IngestScheduler {
  const clock = deps.clock ?? (() => new Date());
  const log = deps.log.child({ component: 'ingest' });
  let task: ScheduledTask | undefined;
  let running: Promise<IngestReport | undefined> | undefined;
  let lastStart = 0;

  function runOnce(): Promise<IngestReport | undefined> {
    if (running) return running;
    lastStart = clock().getTime();
    running = deps
      .run()
      .then((report) => {
        log.info(summarizeReport(report), 'ingest pass done');
        deps.onReport?.(report);
        return report;
      })
      .catch((error: unknown) => {
        log.error({ err: error }, 'ingest pass failed');
        return undefined;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  return {
    async start() {
      task ??= cron.schedule('* * * * *', () => {
        if (clock().getTime() - lastStart >= deps.pollMinutes * 60_000) void runOnce();
      }, { name: 'feed-poll', noOverlap: true });
      return runOnce();
    },
    async stop() {
      await task?.stop();
      await task?.destroy();
      task = undefined;
      // A pass may be waiting on a slow feed (up to 20 s). Each story is saved whole as it comes, and
      // an unfinished feed is simply fetched again next start, so shutdown waits a little, not for it.
      await Promise.race([running, new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref())]);
    },
    runOnce,
  };
}
