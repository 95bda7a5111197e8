import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../logger.js';

/**
 * Bolt and its Web API client log through this, so their lines land in our pino stream with
 * `component: "slack"`. The level stays pino's (set once from LOG_LEVEL); Bolt's `setLevel` is noted only.
 */
export function createBoltLogger(log: Logger): BoltLogger {
  let source = 'bolt';
  let level = LogLevel.INFO;
  const child = log.child({ component: 'slack' });
  const writer =
    (method: 'debug' | 'info' | 'warn' | 'error') =>
    (...msg: unknown[]) => {
      // Bolt logs request bodies at debug: skip building the line when nobody reads it.
      if (!child.isLevelEnabled(method)) return;
      child[method]({ source }, msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : JSON.stringify(m))).join(' '));
    };
  return {
    debug: writer('debug'),
    info: writer('info'),
    warn: writer('warn'),
    error: writer('error'),
    setLevel: (next) => void (level = next),
    getLevel: () => level,
    setName: (next) => void (source = next),
  };
}
