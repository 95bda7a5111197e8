import type { Db } from '../store/database.js';

/** `/healthz` "database": true while the SQLite file answers a trivial query. */
export function databaseReachable(db: Db): () => boolean {
  return () => db.prepare('SELECT 1').pluck().get() === 1;
}
