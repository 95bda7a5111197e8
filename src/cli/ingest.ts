/**
 * `npm run ingest -- [--once] [--feed URL]`: reads the feeds and article files into the store and
 * prints what it added, grouped and skipped. Without `--once` it keeps polling every
 * FEED_POLL_MINUTES until Ctrl-C. `--feed URL` reads only that feed, even a disabled one.
 */
import { parseArgs } from 'node:util';
import { readConfigOrExit } from '../app/read-config.js';
import { FileProblem } from '../articles/file-problem.js';
import { createIngest } from '../ingest/create-ingest.js';
import { createIngestScheduler } from '../ingest/ingest-scheduler.js';
import { formatIngestReport } from '../ingest/format-ingest-report.js';
import { createLogger } from '../logger.js';
import { openDatabase } from '../store/database.js';
import { fail } from './fail.js';

const USAGE = 'usage: npm run ingest -- [--once] [--feed URL]';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { once: { type: 'boolean' }, feed: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
  if (values.help) return fail(USAGE, 0);
  if (values.feed !== undefined && !/^https?:\/\/\S+$/iu.test(values.feed)) return fail(`--feed takes an http(s) URL, not "${values.feed}"`, 2);
  const config = readConfigOrExit();
  let ingest;
  try {
    const db = openDatabase(config.DATABASE_PATH);
    ingest = await createIngest({ config, db, log: logTo(config.LOG_LEVEL) });
  } catch (error) {
    if (error instanceof FileProblem) return fail(`ingest: ${error.message}`, 2);
    throw error;
  }
  if (values.once || values.feed) {
    const report = await ingest.run(values.feed ? { onlyFeed: values.feed } : {});
    process.stdout.write(`${formatIngestReport(report)}\n`);
    return report.feeds.every((f) => f.status === 'ok' || f.status === 'not-modified') ? 0 : 1;
  }
  const scheduler = createIngestScheduler({
    run: ingest.run,
    pollMinutes: config.FEED_POLL_MINUTES,
    log: logTo(config.LOG_LEVEL),
    onReport: (report) => process.stdout.write(`${new Date().toISOString()}\n${formatIngestReport(report)}\n`),
  });
  process.stdout.write(`ingesting now, then every ${config.FEED_POLL_MINUTES} minutes; Ctrl-C stops\n`);
  await scheduler.start();
  await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  await scheduler.stop();
  return 0;
}

/** Standard output is the report; logs (failing feeds, at warn and up by default) go to standard error. */
function logTo(level: string) {
  return createLogger(level === 'info' ? 'warn' : level, undefined, { destination: process.stderr });
}

process.exitCode = await main();
