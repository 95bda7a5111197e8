/**
 * One bot process for the two-process test in `digest-scheduler.test.ts`: it opens the database
 * file given as its first argument, says "ready", and on "go" sweeps once at the fixed instant
 * given as its second argument, then reports the keys it posted and each digest's outcome.
 */
import { createDigestScheduler } from '../../src/digest/digest-scheduler.js';
import { openDatabase } from '../../src/store/database.js';
import { RecordingPoster, silentLog } from './digest-test-kit.js';

export interface SweepReport { posted: string[]; outcomes: string[] }

const [path, nowIso] = process.argv.slice(2);
if (!path || !nowIso || !process.send) throw new Error('usage: fork scheduler-process.ts DATABASE_FILE NOW_ISO (with an IPC channel)');
const send = process.send.bind(process);
const poster = new RecordingPoster();
const scheduler = createDigestScheduler({ db: openDatabase(path), posters: [poster], log: silentLog, config: { DIGEST_GRACE_HOURS: 6, TZ: 'UTC' }, clock: () => new Date(nowIso) });

process.once('message', async () => {
  const outcomes = await scheduler.sweep();
  const report: SweepReport = { posted: poster.posts.map((p) => p.key), outcomes };
  send(report, () => process.exit(0));
});
send('ready');
