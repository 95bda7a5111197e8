import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseReachable } from '../../src/app/health-checks.js';
import { HttpServer } from '../../src/server/http-server.js';
import { openDatabase } from '../../src/store/database.js';

let server: HttpServer | undefined;
afterEach(async () => server?.close());

describe('GET /healthz', () => {
  it('answers 200 while the database answers, and 503 naming it once the database is closed', async () => {
    const db = openDatabase(':memory:');
    server = new HttpServer(pino({ level: 'silent' }));
    server.healthCheck('database', databaseReachable(db));
    const port = await server.listen(0, '127.0.0.1');
    const health = async () => {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      return { status: res.status, body: await res.json() };
    };

    expect(await health()).toEqual({ status: 200, body: { ok: true, checks: { database: true } } });
    db.close();
    expect(await health()).toEqual({ status: 503, body: { ok: false, checks: { database: false } } });
  });
});
