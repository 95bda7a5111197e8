import { fileURLToPath } from 'node:url';
import { z } from 'zod';

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
  TZ: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof EnvSchema>;

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
    throw new ConfigError(String(issue.path[0]), issue.message);
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
