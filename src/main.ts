/**
 * `npm start`. Reads the configuration once, loads the articles, opens the database, then serves
 * every platform that is configured. With no platform settings it runs in the terminal: it prints
 * the featured story's brief and reads commands at a prompt.
 */
import { commands } from '../commands/index.js';
import { createConsoleAdapter } from './adapters/console/console-adapter.js';
import { createDiscordAdapter, type DiscordAdapter } from './adapters/discord/discord-adapter.js';
import { createDiscordDigestPoster } from './adapters/discord/discord-digest-poster.js';
import { createSlackAdapter } from './adapters/slack/slack-adapter.js';
import { createSlackDigestPoster } from './adapters/slack/slack-digest-poster.js';
import { createCommandServices } from './app/command-services.js';
import { databaseReachable } from './app/health-checks.js';
import { readConfigOrExit } from './app/read-config.js';
import { ShutdownRegistry, stopOnSignals } from './app/shutdown.js';
import { startupLine } from './app/startup-line.js';
import { secretValues } from './config.js';
import { createLogger } from './logger.js';
import { ArticleLibrary } from './news/article-library.js';
import { HttpServer } from './server/http-server.js';
import type { DigestPoster } from './digest/digest-poster.js';
import { createIngest } from './ingest/create-ingest.js';
import { openDatabase } from './store/database.js';

const config = readConfigOrExit();
const consoleMode = !config.discordEnabled && !config.slackEnabled;
// In console mode standard output is the conversation, so logs go to standard error.
const log = createLogger(config.LOG_LEVEL, undefined, { destination: consoleMode ? process.stderr : process.stdout, secrets: secretValues(config) });
const shutdown = new ShutdownRegistry(log);
stopOnSignals(shutdown);

async function main(): Promise<void> {
  const library = await new ArticleLibrary(config.ARTICLES_DIR).load();
  for (const problem of library.problems) log.warn({ path: problem.path, reason: problem.reason }, 'article file skipped');
  const db = openDatabase(config.DATABASE_PATH);
  shutdown.register('storage', 'database', () => void db.close());
  // Throws with the file path and the reason when FEEDS_FILE is malformed.
  const ingest = await createIngest({ config, db, log });
  const services = createCommandServices(library, { briefUrl: ingest.briefUrl });

  if (consoleMode) {
    const adapter = createConsoleAdapter({ commands, services, log });
    shutdown.register('intake', 'console', () => adapter.stop());
    log.info(startupLine({ mode: 'console', database: config.DATABASE_PATH }));
    await adapter.run('/farewell');
    const clean = await shutdown.run('end of input');
    process.exit(clean ? 0 : 1);
  }

  const http = new HttpServer(log);
  http.healthCheck('database', databaseReachable(db));

  // Every platform's routes share the one HTTP server, so they are added before `listen`.
  const posters: DigestPoster[] = [];
  const ready: string[][] = [];
  let discord: DiscordAdapter | undefined;
  if (config.discordEnabled) {
    discord = createDiscordAdapter({ config, log, server: http, commands, services });
    const adapter = discord;
    shutdown.register('intake', 'discord', () => adapter.stop());
    await adapter.start();
    // One REST client per process, so interactions and digests share Discord's rate-limit state.
    if (config.DISCORD_TOKEN) posters.push(createDiscordDigestPoster(adapter.rest));
    ready.push(['discord', adapter.mode === 'http' ? 'HTTP interactions at /discord/interactions' : 'gateway']);
  }
  if (config.slackEnabled) {
    const slack = createSlackAdapter({ config, log, server: http, commands, services });
    await slack.start();
    shutdown.register('intake', 'slack', () => slack.stop());
    posters.push(createSlackDigestPoster({ config, log }));
    ready.push(['slack', slack.transport]);
  }

  shutdown.register('work', 'feed polling', () => ingest.scheduler.stop());
  // Ingests the feeds and data/articles at start, then every FEED_POLL_MINUTES.
  void ingest.scheduler.start();

  const port = await http.listen(config.PORT, config.HOST);
  shutdown.register('intake', 'http server', () => http.close());
  for (const [mode, transport] of ready) {
    log.info(startupLine({ mode: mode as 'discord' | 'slack', transport, port, database: config.DATABASE_PATH }));
  }
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, 'could not start');
  void shutdown.run('start-up failed').then(() => process.exit(1));
});
