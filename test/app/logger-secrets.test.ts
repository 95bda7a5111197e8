import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';

const DISCORD_TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789';
const SLACK_BOT_TOKEN = 'xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx';
const SIGNING_SECRET = '8f14e45fceea167a5a36dedd4bea2543';

/** Everything a logger wrote, as one string. */
function capture(pretty: boolean, write: (log: ReturnType<typeof createLogger>) => void): string {
  const destination = new PassThrough();
  let written = '';
  destination.on('data', (chunk: Buffer) => (written += chunk.toString()));
  const log = createLogger('info', pretty, { destination, secrets: [SIGNING_SECRET, undefined] });
  write(log);
  return written;
}

describe('logger', () => {
  it('writes structured JSON lines with the message and fields', () => {
    const written = capture(false, (log) => log.info({ port: 3000 }, 'slack ready'));
    expect(JSON.parse(written)).toMatchObject({ level: 30, msg: 'slack ready', port: 3000 });
  });

  it('never writes a token or secret, whether under a known key, inside a message or inside an error', () => {
    for (const pretty of [false, true]) {
      const written = capture(pretty, (log) => {
        log.info({ config: { DISCORD_TOKEN, SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET } }, 'configuration');
        log.info({ headers: { authorization: `Bot ${DISCORD_TOKEN}` } }, 'request');
        log.warn(`login failed with token ${DISCORD_TOKEN}`);
        log.error({ err: new Error(`invalid_auth for ${SLACK_BOT_TOKEN}; secret ${SIGNING_SECRET}`) }, 'slack call failed');
        log.info({ url: 'https://example.test/hook?token=xapp-1-A0123-4567-abcdef' }, 'socket');
      });
      expect(written).toContain('[redacted]');
      expect(written).toContain('login failed with token');
      for (const secret of [DISCORD_TOKEN, SLACK_BOT_TOKEN, SIGNING_SECRET, 'xapp-1-A0123']) expect(written).not.toContain(secret);
    }
  });

  it('prints readable lines instead of JSON when pretty', () => {
    const written = capture(true, (log) => log.info('console ready'));
    expect(written).toMatch(/INFO.*console ready/);
    expect(() => JSON.parse(written)).toThrow();
  });
});
