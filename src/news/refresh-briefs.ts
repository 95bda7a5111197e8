import type { Article } from '../articles/article.js';
import { makeBrief } from '../core/index.js';
import type { Logger } from '../logger.js';
import type { Db } from '../store/database.js';
import { BRIEF_VERSION } from './brief-version.js';

/**
 * Recomputes every stored brief that an older core made (after an upgrade), in one transaction.
 * An article the core cannot read keeps its old brief and is logged; the rest still refresh.
 */
export function refreshStaleBriefs(db: Db, log: Logger): number {
  const stale = db.prepare('SELECT id, article_json FROM articles WHERE brief_version IS NOT ?').all(BRIEF_VERSION) as { id: number; article_json: string }[];
  if (stale.length === 0) return 0;
  const update = db.prepare('UPDATE articles SET brief_json = ?, brief_version = ? WHERE id = ?');
  let refreshed = 0;
  db.transaction(() => {
    for (const row of stale) {
      try {
        const article = JSON.parse(row.article_json) as Article;
        update.run(JSON.stringify(makeBrief({ text: article.body, title: article.title })), BRIEF_VERSION, row.id);
        refreshed++;
      } catch (error) {
        log.warn({ err: error, article: row.id }, 'stored article could not be briefed again; its old brief stays');
      }
    }
  })();
  log.info({ refreshed, version: BRIEF_VERSION }, 'stored briefs recomputed for the current core');
  return refreshed;
}
