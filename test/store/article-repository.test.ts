import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/articles/article.js';
import { makeBrief } from '../../src/core/index.js';
import { ArticleRepository } from '../../src/store/article-repository.js';
import { openDatabase } from '../../src/store/database.js';

const NOW = new Date('2026-11-25T12:00:00Z');

function article(slug: string, published: string, source: string): Article {
  const body = `${source} reports that the band ${slug} will tour. The singer said “we are ready”.`;
  return { title: `Story ${slug}`, slug, published, featured: false, tags: [], source, body, origin: `https://${source}.test/${slug}` };
}

function save(repo: ArticleRepository, a: Article, groupId: number | null = null, guid: string | null = a.slug): number {
  const keys = { origin: `https://${a.source}.test/feed`, guid, canonicalUrl: `${a.source}.test/${a.slug}`, contentHash: `hash-${a.slug}` };
  return repo.save({ article: a, brief: makeBrief({ text: a.body, title: a.title }) }, keys, groupId, NOW);
}

describe('ArticleRepository', () => {
  it('finds a stored article again by guid in the same feed, by canonical link, or by content hash', () => {
    const repo = new ArticleRepository(openDatabase(':memory:'));
    const id = save(repo, article('one', '2026-11-25T08:00:00.000Z', 'nme'));
    expect(repo.findMatch({ origin: 'https://nme.test/feed', guid: 'one', canonicalUrl: null, contentHash: 'x' })).toEqual({ id, groupId: id, by: 'guid' });
    expect(repo.findMatch({ origin: 'https://other.test/feed', guid: 'one', canonicalUrl: 'nme.test/one', contentHash: 'x' })).toMatchObject({ by: 'link' });
    expect(repo.findMatch({ origin: 'o', guid: null, canonicalUrl: null, contentHash: 'hash-one' })).toMatchObject({ by: 'content' });
    expect(repo.findMatch({ origin: 'o', guid: 'two', canonicalUrl: 'nme.test/two', contentHash: 'hash-two' })).toBeUndefined();
  });

  it('keeps the brief computed at ingest and gives it back unchanged', () => {
    const repo = new ArticleRepository(openDatabase(':memory:'));
    const a = article('brief', '2026-11-25T08:00:00.000Z', 'nme');
    save(repo, a);
    const [entry] = repo.publishedBetween(new Date('2026-11-25T00:00:00Z'), new Date('2026-11-26T00:00:00Z'));
    expect(entry!.item.brief).toEqual(JSON.parse(JSON.stringify(makeBrief({ text: a.body, title: a.title }))));
    expect(entry!.item.brief.quotes[0]!.text).toBe('we are ready');
  });

  it('lists a window newest first, one entry per story, other outlets in alsoIn', () => {
    const repo = new ArticleRepository(openDatabase(':memory:'));
    const first = save(repo, article('tour', '2026-11-25T08:00:00.000Z', 'nme'));
    save(repo, article('tour-bb', '2026-11-25T09:00:00.000Z', 'billboard'), first);
    save(repo, article('tour-rs', '2026-11-25T07:00:00.000Z', 'rollingstone'), first);
    save(repo, article('other', '2026-11-25T10:00:00.000Z', 'nme'));
    save(repo, article('yesterday', '2026-11-24T10:00:00.000Z', 'nme'));
    const entries = repo.publishedBetween(new Date('2026-11-25T00:00:00Z'), new Date('2026-11-26T00:00:00Z'));
    expect(entries.map((e) => [e.item.article.slug, e.alsoIn])).toEqual([
      ['other', []],
      ['tour-bb', ['nme', 'rollingstone']],
    ]);
    expect(repo.publishedBetween(new Date('2026-11-25T00:00:00Z'), new Date('2026-11-26T00:00:00Z'), 1)).toHaveLength(1);
  });
});
