import { App, HTTPReceiver, type webApi } from '@slack/bolt';
import type { CommandDefinition, CommandServices } from '../../../commands/types.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { HttpServer } from '../../server/http-server.js';
import { createBoltLogger } from './bolt-logger.js';
import { slashCommandListener } from './slash-command-listener.js';

/** Where Slack sends slash commands and events in HTTP mode (the manifest's request URL path). */
export const SLACK_EVENTS_PATH = '/slack/events';

/**
 * Someone is waiting on a slash command and Slack drops a `response_url` after 30 minutes, so
 * the client retries briefly (the Web API client's default keeps trying for about 30 minutes).
 */
const INTERACTIVE_RETRY_POLICY = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2_000 };

export interface SlackAdapterDeps {
  config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_APP_TOKEN' | 'SLACK_API_URL'>;
  log: Logger;
  /** The process's one HTTP server; HTTP mode adds `POST /slack/events` to it. */
  server: HttpServer;
  commands: readonly CommandDefinition[];
  services: CommandServices;
  /** How long a command may take before we acknowledge empty and answer later (Slack allows 3,000 ms). */
  ackDeadlineMs?: number;
}

export interface SlackAdapter {
  readonly mode: 'http' | 'socket';
  /** For the start-up line: "HTTP events" or "Socket Mode". */
  readonly transport: string;
  /** True between a successful `start` and `stop` (also reported by `/healthz` as "slack"). */
  readonly connected: boolean;
  /** The Bolt app, for adding listeners in tests and benchmarks. */
  readonly app: App;
  /** The bot's Web API client. */
  readonly client: webApi.WebClient;
  /** Checks the bot token (`auth.test`), then in Socket Mode opens the connection. Call before `server.listen`. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Serves every neutral command as a Slack slash command. HTTP mode mounts Bolt's own
 * HTTPReceiver (with its v0 signature check and 5-minute replay window) on the shared server;
 * with `SLACK_APP_TOKEN` it uses Socket Mode instead, for development without a public URL.
 */
export function createSlackAdapter(deps: SlackAdapterDeps): SlackAdapter {
  const { config, log, server } = deps;
  if (!config.SLACK_BOT_TOKEN) throw new Error('createSlackAdapter needs SLACK_BOT_TOKEN');
  const logger = createBoltLogger(log);
  const base = { token: config.SLACK_BOT_TOKEN, logger, clientOptions: { slackApiUrl: config.SLACK_API_URL, retryConfig: INTERACTIVE_RETRY_POLICY }, deferInitialization: true } as const;
  const mode = config.SLACK_APP_TOKEN ? 'socket' : 'http';
  let app: App;
  if (config.SLACK_APP_TOKEN) {
    app = new App({ ...base, socketMode: true, appToken: config.SLACK_APP_TOKEN });
  } else {
    if (!config.SLACK_SIGNING_SECRET) throw new Error('createSlackAdapter needs SLACK_SIGNING_SECRET in HTTP mode');
    const receiver = new HTTPReceiver({ signingSecret: config.SLACK_SIGNING_SECRET, endpoints: SLACK_EVENTS_PATH, logger });
    app = new App({ ...base, receiver });
    server.route('POST', SLACK_EVENTS_PATH, (req, res) => receiver.requestListener(req, res));
  }
  for (const definition of deps.commands) {
    app.command(`/${definition.name}`, slashCommandListener({ definition, services: deps.services, log, ackDeadlineMs: deps.ackDeadlineMs ?? 2_500 }));
  }
  let ready = false;
  server.healthCheck('slack', () => ready);
  return {
    mode,
    transport: mode === 'http' ? 'HTTP events' : 'Socket Mode',
    get connected() {
      return ready;
    },
    app,
    client: app.client,
    async start() {
      await app.init();
      if (mode === 'socket') await app.start();
      ready = true;
      log.info({ mode, commands: deps.commands.map((c) => `/${c.name}`) }, 'Slack adapter started');
    },
    async stop() {
      ready = false;
      if (mode === 'socket') await app.stop();
    },
  };
}
