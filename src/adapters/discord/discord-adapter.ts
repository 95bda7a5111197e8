import type { REST } from 'discord.js';
import type { CommandDefinition, CommandServices } from '../../../commands/types.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { HttpServer } from '../../server/http-server.js';
import type { AnswersInFlight } from '../../app/answers-in-flight.js';
import { createDiscordRest } from './discord-rest.js';
import { createDiscordClient, handleGatewayInteractions } from './gateway-interactions.js';
import { handleHttpInteractions, INTERACTIONS_PATH } from './http-interactions.js';

export interface DiscordAdapterDeps {
  config: Config;
  log: Logger;
  /** The process's one HTTP server; HTTP mode adds `POST /discord/interactions` to it. */
  server: HttpServer;
  commands: readonly CommandDefinition[];
  services: CommandServices;
}

export interface DiscordAdapter {
  readonly mode: 'http' | 'gateway';
  /** The bot's REST client (one rate-limit state per process): share it with the digest poster. */
  readonly rest: REST;
  /** True once interactions can be answered; also reported by `/healthz` as `discord`. */
  readonly connected: boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Serves the commands on Discord. With `DISCORD_PUBLIC_KEY`, Discord posts interactions to
 * `/discord/interactions` on the shared server (no gateway connection); otherwise, with
 * `DISCORD_TOKEN`, a gateway client receives them. The route is added now, before `listen`.
 */
export function createDiscordAdapter(deps: DiscordAdapterDeps): DiscordAdapter {
  const { config, log, server } = deps;
  const runDeps = { commands: deps.commands, services: deps.services, log };
  if (config.DISCORD_PUBLIC_KEY) {
    const rest = createDiscordRest(config);
    const inFlight = handleHttpInteractions({ ...runDeps, server, publicKey: config.DISCORD_PUBLIC_KEY, rest });
    server.healthCheck('discord', () => true);
    return {
      mode: 'http',
      rest,
      connected: true,
      start: async () => log.info({ path: INTERACTIONS_PATH, commands: deps.commands.map((c) => `/${c.name}`) }, 'Discord interactions endpoint ready'),
      stop: () => stopAnswering(inFlight, log),
    };
  }
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error('Discord needs DISCORD_PUBLIC_KEY (HTTP interactions) or DISCORD_TOKEN (gateway)');
  const client = createDiscordClient(config.DISCORD_API_URL);
  const inFlight = handleGatewayInteractions(client, runDeps);
  client.on('error', (error) => log.error({ err: error }, 'Discord gateway error'));
  server.healthCheck('discord', () => client.isReady());
  return {
    mode: 'gateway',
    rest: client.rest,
    get connected() {
      return client.isReady();
    },
    async start() {
      await client.login(token);
      log.info({ commands: deps.commands.map((c) => `/${c.name}`) }, 'Discord gateway login done');
    },
    async stop() {
      await stopAnswering(inFlight, log);
      await client.destroy();
    },
  };
}

/** Answers being sent get a few seconds to finish; shutdown never hangs on one that will not. */
async function stopAnswering(inFlight: AnswersInFlight, log: Logger): Promise<void> {
  if (!(await inFlight.drainWithin(STOP_WAIT_MS))) log.warn({ pending: inFlight.size }, 'Discord answers still pending at shutdown');
}

const STOP_WAIT_MS = 5_000;
