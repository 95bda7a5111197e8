import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { isValidTimeZone } from './digest/local-time.js';

const projectDir = fileURLToPath(new URL('..', import.meta.url));

const optionalText = z.string().trim().min(1).optional();
const flag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v));
const hexKey = z.string().regex(/^[0-9a-f]{64}$/i, 'a 64-character hex Ed25519 public key').optional();

/** Every setting the bot reads, with its default. `.env.example` documents each one. */
const EnvSchema = z.object({
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: z.string().regex(/^\d{15,25}$/, 'a numeric application id').optional(),
  DISCORD_PUBLIC_KEY: hexKey,
  DISCORD_GUILD_ID: z.string().regex(/^\d{15,25}$/, 'a numeric guild id').optional(),
  DISCORD_API_URL: z.url().default('https://discord.com/api'),
  SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/, 'a bot token starting with xoxb-').optional(),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: z.string().regex(/^xapp-/, 'an app-level token starting with xapp-').optional(),
  SLACK_API_URL: z.url().default('https://slack.com/api/'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  ARTICLES_DIR: z.string().default(`${projectDir}data/articles`),
  DATABASE_PATH: z.string().default(`${projectDir}var/farewell-bot.db`),
  DIGEST_GRACE_HOURS: z.coerce.number().min(0).max(48).default(6),
  FEEDS_FILE: z.string().default(`${projectDir}data/feeds.json`),
  FEED_POLL_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  ALLOW_PRIVATE_URLS: flag.default(false),
  TZ: z.string().refine(isValidTimeZone, 'an IANA time zone such as Europe/London').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof EnvSchema>;

/** Every variable the bot reads (each is documented in `.env.example`). */
export const settingNames = Object.keys(EnvSchema.shape) as (keyof Env)[];

/** Values that are never echoed back, not even in a configuration error. */
const SECRET_SETTINGS: ReadonlySet<string> = new Set(['DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN']);

/** What a malformed value should have been, in words; zod's own message is the fallback. */
const EXPECTED: Partial<Record<keyof Env, string>> = {
  DISCORD_API_URL: 'an http(s) URL',
  SLACK_API_URL: 'an http(s) URL',
  PORT: 'a port number from 0 to 65535',
  DIGEST_GRACE_HOURS: 'a number of hours from 0 to 48',
  FEED_POLL_MINUTES: 'a whole number of minutes from 1 to 1440',
  ALLOW_PRIVATE_URLS: 'true or false (also 1/0, yes/no)',
  LOG_LEVEL: 'one of fatal, error, warn, info, debug, trace, silent',
};

/** The configured tokens and secrets, for the logger to scrub from every line. */
export function secretValues(config: Config): string[] {
  return [...SECRET_SETTINGS].map((name) => config[name as keyof Env]).filter((v): v is string => typeof v === 'string');
}

export interface Config extends Env {
  /** Discord is served when a token (gateway) or a public key (HTTP interactions) is set. */
  discordEnabled: boolean;
  /** Slack is served in HTTP mode with a bot token and signing secret, or in Socket Mode with an app token. */
  slackEnabled: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly expected: string,
  ) {
    super(`${variable}: expected ${expected}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once; the rest of the bot receives the result. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = EnvSchema.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const variable = String(issue.path[0]) as keyof Env;
    const got = SECRET_SETTINGS.has(variable) ? '' : ` (got "${present[variable]}")`;
    throw new ConfigError(variable, `${EXPECTED[variable] ?? issue.message}${got}`);
  }
  const c = result.data;
  if (c.SLACK_BOT_TOKEN && !c.SLACK_SIGNING_SECRET && !c.SLACK_APP_TOKEN) {
    throw new ConfigError('SLACK_SIGNING_SECRET', 'the app’s signing secret when SLACK_BOT_TOKEN is set (or SLACK_APP_TOKEN for Socket Mode)');
  }
  if ((c.SLACK_SIGNING_SECRET || c.SLACK_APP_TOKEN) && !c.SLACK_BOT_TOKEN) {
    throw new ConfigError('SLACK_BOT_TOKEN', 'a bot token starting with xoxb- when Slack is configured');
  }
  if (c.DISCORD_PUBLIC_KEY && !c.DISCORD_APPLICATION_ID) {
    throw new ConfigError('DISCORD_APPLICATION_ID', 'the application id when DISCORD_PUBLIC_KEY is set');
  }
  return { ...c, discordEnabled: Boolean(c.DISCORD_TOKEN || c.DISCORD_PUBLIC_KEY), slackEnabled: Boolean(c.SLACK_BOT_TOKEN) };
}
