import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';

describe('openDatabase', () => {
  it('creates the file in WAL mode with every migration applied once, and reopens without reapplying', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'db-')), 'nested', 'bot.db');
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['articles', 'feeds', 'subscriptions', 'deliveries', 'schema_migrations']));
    db.close();
    const again = openDatabase(path, [
      { version: 1, name: 'would fail if run twice', sql: 'CREATE TABLE articles (x)' },
      { version: 2, name: 'new', sql: 'CREATE TABLE extra (x)' },
    ]);
    expect(again.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual([1, 2]);
    again.close();
  });
});
