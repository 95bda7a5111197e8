import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createArticleIngestor } from '../../src/ingest/article-ingestor.js';
import { ingestArticleFiles } from '../../src/ingest/ingest-files.js';
import { ArticleRepository } from '../../src/store/article-repository.js';
import { openDatabase } from '../../src/store/database.js';

const ARTICLES = fileURLToPath(new URL('../../data/articles', import.meta.url));

describe('article files in the store', () => {
  it('puts the featured story into the digest pipeline once, however often ingest runs', async () => {
    const repo = new ArticleRepository(openDatabase(':memory:'));
    const ingestor = createArticleIngestor(repo, () => new Date('2026-11-25T12:00:00Z'));
    const first = await ingestArticleFiles(ingestor, ARTICLES);
    expect(first.problems).toEqual([]);
    expect(first.outcomes).toContainEqual(expect.objectContaining({ status: 'added', title: expect.stringContaining('Jimmy Page') }));
    const again = await ingestArticleFiles(ingestor, ARTICLES);
    expect(again.outcomes.every((o) => o.status === 'skipped')).toBe(true);
    const day = repo.publishedBetween(new Date('2026-11-25T00:00:00Z'), new Date('2026-11-26T00:00:00Z'));
    expect(day.map((e) => e.item.article.slug)).toContain('jimmy-page-farewell');
    expect(day.find((e) => e.item.article.slug === 'jimmy-page-farewell')!.item.brief.sourcing.unverified).toBe(true);
  });
});
