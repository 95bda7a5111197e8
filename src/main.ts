/**
 * `npm start`. Reads the configuration once, loads the articles, opens the database, then serves
 * every platform that is configured. With no platform settings it runs in the terminal: it prints
 * the featured story's brief and reads commands at a prompt.
 */
import { commands } from '../commands/index.js';
import { createConsoleAdapter } from './adapters/console/console-adapter.js';
import { createCommandServices } from './app/command-services.js';
import { databaseReachable } from './app/health-checks.js';
import { readConfigOrExit, stopOnSetting } from './app/read-config.js';
import { FileProblem } from './articles/file-problem.js';
import { ShutdownRegistry, stopOnSignals } from './app/shutdown.js';
import { startupLine } from './app/startup-line.js';
import { secretValues } from './config.js';
import { createLogger } from './logger.js';
import { ArticleLibrary } from './news/article-library.js';
import { refreshStaleBriefs } from './news/refresh-briefs.js';
import { HttpServer } from './server/http-server.js';
import type { DigestPoster } from './digest/digest-poster.js';
import { createDigestScheduler } from './digest/digest-scheduler.js';
import { createIngest } from './ingest/create-ingest.js';
import { openDatabase } from './store/database.js';

const config = readConfigOrExit();
const consoleMode = !config.discordEnabled && !config.slackEnabled;
// In console mode standard output is the conversation, so logs go to standard error.
const log = createLogger(config.LOG_LEVEL, undefined, { destination: consoleMode ? process.stderr : process.stdout, secrets: secretValues(config) });
const shutdown = new ShutdownRegistry(log);
stopOnSignals(shutdown);

async function main(): Promise<void> {
  const library = await new ArticleLibrary(config.ARTICLES_DIR).load().catch((error: NodeJS.ErrnoException) =>
    stopOnSetting('ARTICLES_DIR', `cannot read ${config.ARTICLES_DIR} (${error.code ?? error.message})`),
  );
  for (const problem of library.problems) log.warn({ path: problem.path, reason: problem.reason }, 'article file skipped');
  const db = openDatabase(config.DATABASE_PATH);
  shutdown.register('storage', 'database', () => void db.close());
  // After an upgrade, stories already stored get the current core's summary, quotes and sourcing.
  refreshStaleBriefs(db, log);
  // Throws with the file path and the reason when FEEDS_FILE is malformed.
  // The console polls no feed (it must work offline), but takes in data/articles for /digest preview.
  const ingest = await createIngest({ config, db, log, ...(consoleMode ? { feedList: [] } : {}) }).catch((error: unknown) => {
    if (error instanceof FileProblem) stopOnSetting('FEEDS_FILE', error.message);
    throw error;
  });
  const services = createCommandServices(library, { briefUrl: ingest.briefUrl });

  if (consoleMode) {
    await ingest.run();
    services.digests = createDigestScheduler({ db, posters: [], log, config }).service;
    const adapter = createConsoleAdapter({ commands, services, log });
    shutdown.register('intake', 'console', () => adapter.stop());
    log.info(startupLine({ mode: 'console', database: config.DATABASE_PATH }));
    await adapter.run('/farewell');
    const clean = await shutdown.run('end of input');
    process.exit(clean ? 0 : 1);
  }

  const http = new HttpServer(log);
  http.healthCheck('database', databaseReachable(db));

  // Platform libraries load only when that platform is configured: the console needs neither.
  const discordLib = config.discordEnabled ? await loadDiscord() : undefined;
  const slackLib = config.slackEnabled ? await loadSlack() : undefined;
  // Every platform's routes share the one HTTP server, so they are added before `listen`.
  const discord = discordLib?.createDiscordAdapter({ config, log, server: http, commands, services });
  const slack = slackLib?.createSlackAdapter({ config, log, server: http, commands, services });
  const posters: DigestPoster[] = [];
  // One REST client per process, so interactions and digests share Discord's rate-limit state.
  if (discord && discordLib && config.DISCORD_TOKEN) posters.push(discordLib.createDiscordDigestPoster(discord.rest));
  if (slackLib) posters.push(slackLib.createSlackDigestPoster({ config, log }));
  const digests = createDigestScheduler({ db, posters, log, config });
  services.digests = digests.service; // before any adapter takes a command

  const ready: [mode: 'discord' | 'slack', transport: string][] = [];
  if (discord) {
    shutdown.register('intake', 'discord', () => discord.stop());
    await discord.start();
    ready.push(['discord', discord.mode === 'http' ? 'HTTP interactions at /discord/interactions' : 'gateway']);
  }
  if (slack) {
    shutdown.register('intake', 'slack', () => slack.stop());
    try {
      await slack.start();
      ready.push(['slack', slack.transport]);
    } catch (error) {
      // Slack unreachable or the token refused: Discord still serves, and /healthz reports slack:false.
      log.error({ err: error }, 'slack could not start: check SLACK_BOT_TOKEN (and SLACK_APP_TOKEN for Socket Mode)');
    }
  }

  shutdown.register('work', 'feed polling', () => ingest.scheduler.stop());
  // Ingests the feeds and data/articles at start, then every FEED_POLL_MINUTES.
  void ingest.scheduler.start();

  const port = await http.listen(config.PORT, config.HOST);
  shutdown.register('intake', 'http server', () => http.close());
  // Schedules every subscription and sends digests missed while the bot was down.
  await digests.start();
  shutdown.register('work', 'digest deliveries', () => digests.stop());
  for (const [mode, transport] of ready) {
    log.info(startupLine({ mode, transport, port, database: config.DATABASE_PATH, nextDigests: digests.nextRuns() }));
  }
}

async function loadDiscord() {
  const [adapter, poster] = await Promise.all([import('./adapters/discord/discord-adapter.js'), import('./adapters/discord/discord-digest-poster.js')]);
  return { ...adapter, ...poster };
}

async function loadSlack() {
  const [adapter, poster] = await Promise.all([import('./adapters/slack/slack-adapter.js'), import('./adapters/slack/slack-digest-poster.js')]);
  return { ...adapter, ...poster };
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, 'could not start');
  void shutdown.run('start-up failed').then(() => process.exit(1));
});
