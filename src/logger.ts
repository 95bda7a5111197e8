import { pino, type Logger } from 'pino';
import pinoPretty from 'pino-pretty';

export type { Logger };

export interface LoggerOptions {
  /** Where lines go; the console mode sends logs to stderr so stdout stays the conversation. */
  destination?: NodeJS.WriteStream | NodeJS.WritableStream;
  /** Readable coloured lines instead of JSON; default: when the destination is a terminal. */
  pretty?: boolean;
  /** The configured tokens and secrets: any occurrence in a line is replaced, whatever the key. */
  secrets?: readonly (string | undefined)[];
}

/**
 * Keys whose values are never written. Configuration objects and HTTP headers are the usual way a
 * token reaches a log call; value scrubbing (below) catches the rest.
 */
const REDACTED_PATHS = [
  'token', '*.token', 'secret', '*.secret', 'password', '*.password',
  'authorization', '*.authorization', 'headers.authorization', '*.headers.authorization', '*.headers.Authorization',
  'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'SLACK_BOT_TOKEN', '*.SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET', '*.SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', '*.SLACK_APP_TOKEN',
];

/**
 * Structured JSON logs; readable lines when a person watches a terminal. Secrets are never
 * written: known keys are redacted by pino, then every finished line is scrubbed of the configured
 * secret values and of anything shaped like a Discord or Slack token, so a token inside an error
 * message or a URL is caught too.
 */
export function createLogger(level: string, pretty?: boolean, options: LoggerOptions = {}): Logger {
  const destination = options.destination ?? process.stdout;
  const readable = pretty ?? options.pretty ?? (destination as NodeJS.WriteStream).isTTY === true;
  // Pretty printing runs in this thread (no worker transport): lines are written before an exit.
  const target = readable ? pinoPretty({ colorize: true, ignore: 'pid,hostname', destination, sync: true }) : destination;
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 8);
  const scrubbed = { write: (line: string) => target.write(scrubSecrets(line, secrets)) };
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, scrubbed);
}

/**
 * Token shapes that must never reach a log line, whichever key or message carries them: Slack
 * bot/user/app tokens, Discord bot tokens (three base64url parts), and `Bot`/`Bearer` headers.
 */
const TOKEN_SHAPES: readonly [RegExp, string][] = [
  [/\bx(?:ox[abposr]|app)-[A-Za-z0-9-]{6,}/g, '[redacted]'],
  [/\b[A-Za-z\d_-]{23,28}\.[A-Za-z\d_-]{6,7}\.[A-Za-z\d_-]{27,}/g, '[redacted]'],
  [/\b(Bot|Bearer) [A-Za-z0-9._~+/-]{8,}=*/g, '$1 [redacted]'],
];

/** The line with every configured secret value and every token-shaped string replaced by `[redacted]`. */
export function scrubSecrets(line: string, secrets: readonly string[]): string {
  let out = line;
  for (const secret of secrets) out = out.split(secret).join('[redacted]');
  for (const [shape, replacement] of TOKEN_SHAPES) out = out.replace(shape, replacement);
  return out;
}
