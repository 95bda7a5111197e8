import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { ShutdownRegistry } from '../../src/app/shutdown.js';

const silent = pino({ level: 'silent' });

describe('ShutdownRegistry', () => {
  it('stops intake first, then finishes work in flight, then closes storage, whatever the registration order', async () => {
    const order: string[] = [];
    const registry = new ShutdownRegistry(silent);
    registry.register('storage', 'database', () => void order.push('database'));
    registry.register('work', 'deliveries', async () => {
      await new Promise((resolve) => setImmediate(resolve));
      order.push('deliveries');
    });
    registry.register('intake', 'discord', () => void order.push('discord'));
    await expect(registry.run('SIGTERM')).resolves.toBe(true);
    expect(order).toEqual(['discord', 'deliveries', 'database']);
  });

  it('GIVEN a step that fails THEN the later steps still run and the result says it was not clean', async () => {
    const closed: string[] = [];
    const registry = new ShutdownRegistry(silent);
    registry.register('intake', 'slack', () => {
      throw new Error('socket already closed');
    });
    registry.register('storage', 'database', () => void closed.push('database'));
    await expect(registry.run('SIGINT')).resolves.toBe(false);
    expect(closed).toEqual(['database']);
  });

  it('GIVEN a step that never finishes THEN it gives up on it at the time limit and closes the rest', async () => {
    const closed: string[] = [];
    const registry = new ShutdownRegistry(silent, 50);
    registry.register('work', 'stuck delivery', () => new Promise<void>(() => {}));
    registry.register('storage', 'database', () => void closed.push('database'));
    await expect(registry.run('SIGTERM')).resolves.toBe(false);
    expect(closed).toEqual(['database']);
  });

  it('runs each step once however often it is asked', async () => {
    let closes = 0;
    const registry = new ShutdownRegistry(silent);
    registry.register('storage', 'database', () => void closes++);
    expect(registry.started).toBe(false);
    await Promise.all([registry.run('SIGTERM'), registry.run('SIGINT')]);
    await registry.run('end of input');
    expect(closes).toBe(1);
    expect(registry.started).toBe(true);
  });
});
