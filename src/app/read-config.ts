import dotenv from 'dotenv';
import { type Config, ConfigError, loadConfig } from '../config.js';

/**
 * Loads `.env` from the working directory (variables already set win), validates everything once,
 * and on a missing or malformed value stops the process with one line naming the variable and
 * what it expects: exit code 2, before anything has started.
 */
export function readConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  // quiet: dotenv otherwise prints an "injected env" banner on every start.
  const loaded = dotenv.config({ quiet: true, processEnv: env as dotenv.DotenvPopulateInput });
  const missingFile = (loaded.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
  if (loaded.error && !missingFile) return stop(`.env: cannot read it (${loaded.error.message})`);
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return stop(error.message);
  }
}

/** A setting that passed validation but does not work (a feed list that will not parse, a missing folder). */
export function stopOnSetting(variable: string, reason: string): never {
  return stop(`${variable}: ${reason}`);
}

function stop(reason: string): never {
  process.stderr.write(`farewell-bot: configuration error: ${reason}\n`);
  process.exit(2);
}
