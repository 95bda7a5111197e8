import { App, HTTPReceiver, type webApi } from '@slack/bolt';
import type { CommandDefinition, CommandServices } from '../../../commands/types.js';
import { AnswersInFlight } from '../../app/answers-in-flight.js';
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

/** How long `stop` waits for late answers; bounded so one hung command cannot hold up shutdown. */
const STOP_WAIT_MS = 5_000;

export interface SlackAdapterDeps {
  config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_APP_TOKEN' | 'SLACK_API_URL'>;
  log: Logger;
  /** The process's one HTTP server; HTTP mode adds `POST /slack/events` to it. */
  server: HttpServer;
  commands: readonly CommandDefinition[];
  services: CommandServices;
  /** How long a command may take before we acknowledge empty and answer later (Slack allows 3,000 ms). */
  ackDeadlineMs?: number;
  /** How long `stop` waits for answers still being sent to `response_url`; default 5 s. */
  stopWaitMs?: number;
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
  /** Waits (bounded) for answers still being sent to `response_url`, then in Socket Mode disconnects. */
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
  const answers = new AnswersInFlight();
  for (const definition of deps.commands) {
    const listener = slashCommandListener({ definition, services: deps.services, log, ackDeadlineMs: deps.ackDeadlineMs ?? 2_500 });
    // The listener's promise spans the late `response_url` posts too, not just the acknowledgement.
    app.command(`/${definition.name}`, (args) => answers.track(listener(args)));
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
      const pending = answers.size;
      if (!(await answers.drainWithin(deps.stopWaitMs ?? STOP_WAIT_MS))) log.warn({ pending }, 'stopped before every Slack answer was sent');
      if (mode === 'socket') await app.stop();
    },
  };
}
