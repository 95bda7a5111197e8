import { describe, expect, it } from 'vitest';
import { startupLine } from '../../src/app/startup-line.js';

describe('startupLine', () => {
  it('says the mode, transport, port, database and the next digest times in one line', () => {
    const line = startupLine({
      mode: 'discord', transport: 'gateway', port: 3000, database: '/data/farewell-bot.db',
      nextDigests: [new Date('2026-11-26T08:00:00Z'), new Date('2026-11-26T09:30:00Z')],
    });
    expect(line).toBe('discord (gateway) ready · port 3000 · database /data/farewell-bot.db · next digests 2026-11-26 08:00Z, 2026-11-26 09:30Z');
  });

  it('says when no channel has a digest yet, and leaves out what a mode does not have', () => {
    expect(startupLine({ mode: 'slack', port: 8080, database: 'bot.db', nextDigests: [] })).toBe('slack ready · port 8080 · database bot.db · no digest subscriptions yet');
    expect(startupLine({ mode: 'console', database: 'bot.db' })).toBe('console ready · database bot.db');
  });
});
