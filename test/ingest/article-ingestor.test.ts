import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/articles/article.js';
import { createArticleIngestor } from '../../src/ingest/article-ingestor.js';
import { ArticleRepository } from '../../src/store/article-repository.js';
import { openDatabase } from '../../src/store/database.js';

const BODY = 'Robert Plant and Alison Krauss will release a third album in March. “It felt natural,” Krauss said. The record was made in Nashville over two weeks.';

function story(source: string, overrides: Partial<Article> = {}): Article {
  return { title: 'Plant and Krauss announce third album', slug: 'plant-krauss', published: '2026-11-25T08:00:00.000Z', featured: false, tags: [], source, body: BODY, origin: `https://${source}.test/a`, ...overrides };
}

function setup() {
  const repo = new ArticleRepository(openDatabase(':memory:'));
  return { repo, ingestor: createArticleIngestor(repo, () => new Date('2026-11-25T12:00:00Z')) };
}

describe('deduplication and grouping', () => {
  it('skips the same text from the same outlet under a new guid and link (a repost)', () => {
    const { ingestor } = setup();
    expect(ingestor.ingest(story('nme'), { origin: 'nme-feed', guid: '1', link: 'https://nme.test/a' }).status).toBe('added');
    const repost = ingestor.ingest(story('nme', { body: `${BODY.toUpperCase()}  ` }), { origin: 'nme-feed', guid: '2', link: 'https://nme.test/b' });
    expect(repost).toMatchObject({ status: 'skipped', reason: 'content' });
  });

  it('groups a syndicated copy from another outlet instead of dropping it, with its own unique slug', () => {
    const { ingestor, repo } = setup();
    const first = ingestor.ingest(story('nme'), { origin: 'nme-feed', guid: '1', link: 'https://nme.test/a' });
    const copy = ingestor.ingest(story('billboard'), { origin: 'bb-feed', guid: 'x', link: 'https://billboard.test/a' });
    expect(copy).toMatchObject({ status: 'grouped', groupId: first.status === 'added' ? first.id : -1 });
    const [entry] = repo.publishedBetween(new Date('2026-11-25T00:00:00Z'), new Date('2026-11-26T00:00:00Z'));
    expect(entry!.alsoIn).toEqual(['nme']);
    expect(new Set(repo.publishedBetween(new Date(0), new Date('2030-01-01'), 5).map((e) => e.item.article.slug)).size).toBe(1);
  });

  it('does not group a different story about the same artist', () => {
    const { ingestor } = setup();
    ingestor.ingest(story('nme'), { origin: 'nme-feed', guid: '1', link: 'https://nme.test/a' });
    const other = ingestor.ingest(story('billboard', { title: 'Robert Plant cancels Glastonbury set after illness', body: 'The singer pulled out of Friday’s headline slot on doctors’ advice, organisers said on Monday.' }), { origin: 'bb-feed', guid: 'y', link: 'https://billboard.test/b' });
    expect(other.status).toBe('added');
  });

  it('skips an item with no text at all', () => {
    const { ingestor } = setup();
    expect(ingestor.ingest(story('nme', { body: '  ' }), { origin: 'nme-feed', guid: '1', link: null })).toMatchObject({ status: 'skipped', reason: 'empty' });
  });
});
