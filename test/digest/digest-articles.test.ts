import { describe, expect, it } from 'vitest';
import { createDigestArticles } from '../../src/digest/digest-articles.js';
import { openDatabase } from '../../src/store/database.js';
import { insertArticle } from './digest-test-kit.js';

const from = new Date('2026-11-24T09:00:00Z');
const to = new Date('2026-11-25T09:00:00Z');

function library() {
  const db = openDatabase(':memory:');
  insertArticle(db, { title: 'Rock band reunites', published: '2026-11-24T10:00:00Z', source: 'NME', groupId: 1 });
  insertArticle(db, { title: 'Rock band reunites, report says', published: '2026-11-24T11:00:00Z', source: 'Pitchfork', groupId: 1 });
  insertArticle(db, { title: 'Rocket launch soundtrack released', published: '2026-11-24T12:00:00Z' });
  insertArticle(db, { title: 'Jazz rumour denied', published: '2026-11-24T13:00:00Z' });
  return createDigestArticles(db);
}

describe('digest articles', () => {
  it('lists each story once, newest first, naming the other outlets that ran it', () => {
    const entries = library().between(from, to, { includeWords: [], excludeWords: [] });
    expect(entries.map((e) => [e.item.article.title, e.alsoIn])).toEqual([
      ['Jazz rumour denied', []],
      ['Rocket launch soundtrack released', []],
      ['Rock band reunites, report says', ['NME']],
    ]);
  });

  it('matches keywords as whole words, any case: "rock" is not "rocket"; an exclude word always wins', () => {
    const titles = (includeWords: string[], excludeWords: string[] = []) => library().between(from, to, { includeWords, excludeWords }).map((e) => e.item.article.title);
    expect(titles(['ROCK'])).toEqual(['Rock band reunites, report says']);
    expect(titles(['rock', 'jazz'], ['rumour'])).toEqual(['Rock band reunites, report says']);
    expect(titles([], ['rock', 'rocket'])).toEqual(['Jazz rumour denied']);
  });

  it('GIVEN a story published before a digest but fetched after it THEN the next digest lists it; a day-old back-fill is not news', () => {
    const db = openDatabase(':memory:');
    insertArticle(db, { title: 'Late feed item', published: '2026-11-25T08:50:00Z', ingested: '2026-11-25T09:10:00Z' });
    insertArticle(db, { title: 'Archive back-fill', published: '2026-11-20T08:00:00Z', ingested: '2026-11-25T09:10:00Z' });
    const articles = createDigestArticles(db);
    const none = { includeWords: [], excludeWords: [] };
    expect(articles.between(from, to, none)).toEqual([]);
    expect(articles.between(to, new Date('2026-11-26T09:00:00Z'), none).map((e) => e.item.article.title)).toEqual(['Late feed item']);
  });

  it('keeps at most 10 stories', () => {
    const db = openDatabase(':memory:');
    for (let i = 0; i < 14; i++) insertArticle(db, { title: `Story ${i}`, published: new Date(from.getTime() + (i + 1) * 60_000).toISOString() });
    expect(createDigestArticles(db).between(from, to, { includeWords: [], excludeWords: [] })).toHaveLength(10);
  });
});
