import { describe, expect, it } from 'vitest';
import { makeBrief } from '../../src/core/index.js';
import { createLogger } from '../../src/logger.js';
import { BRIEF_VERSION } from '../../src/news/brief-version.js';
import { refreshStaleBriefs } from '../../src/news/refresh-briefs.js';
import { ArticleRepository } from '../../src/store/article-repository.js';
import { openDatabase } from '../../src/store/database.js';

const article = {
  title: 'Oasis add dates',
  slug: 'oasis-add-dates',
  published: '2026-11-25T08:00:00.000Z',
  featured: false,
  tags: [],
  body: 'Oasis added four stadium dates to their reunion tour on Tuesday. “We could not say no,” Liam Gallagher said.',
  origin: 'https://example.test/feed',
};

describe('refreshStaleBriefs', () => {
  it('GIVEN a brief stored by an older core THEN at start it is recomputed, and a current one is left alone', () => {
    const db = openDatabase(':memory:');
    const repo = new ArticleRepository(db);
    const keys = { origin: article.origin, guid: 'g1', canonicalUrl: null, contentHash: 'h1' };
    const id = repo.save({ article, brief: makeBrief({ text: article.body, title: article.title }) }, keys, null, new Date());
    const log = createLogger('silent', false);
    expect(refreshStaleBriefs(db, log)).toBe(0);

    db.prepare("UPDATE articles SET brief_json = ?, brief_version = 'older-core' WHERE id = ?").run(JSON.stringify({ summary: ['stale'], quotes: [] }), id);
    expect(refreshStaleBriefs(db, log)).toBe(1);
    const row = db.prepare('SELECT brief_json, brief_version FROM articles WHERE id = ?').get(id) as { brief_json: string; brief_version: string };
    expect(row.brief_version).toBe(BRIEF_VERSION);
    expect(JSON.parse(row.brief_json).quotes[0]).toMatchObject({ text: 'We could not say no,', speaker: 'Liam Gallagher' });
  });
});
