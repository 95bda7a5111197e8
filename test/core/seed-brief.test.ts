import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/articles/parse-article-file.js';
import { isDangling, makeBrief, splitSentences } from '../../src/core/index.js';

const path = new URL('../../data/articles/jimmy-page-farewell.md', import.meta.url);
const article = parseArticleFile(path.pathname, readFileSync(path, 'utf8'));
const brief = makeBrief({ text: article.body, title: article.title });

describe('GIVEN the featured story, Jimmy Page writing his farewell', () => {
  it('THEN it finds exactly the five quoted speech spans with their speakers', () => {
    expect(brief.quotes.map(({ text, speaker, named, partial }) => ({ text: text.slice(0, 24), speaker, named, partial }))).toEqual([
      { text: 'This isn’t just a song,', speaker: 'his wife', named: false, partial: false },
      { text: 'It’s his soul. He’s pour', speaker: 'his wife', named: false, partial: false },
      { text: 'speak only through the s', speaker: 'friends', named: false, partial: true },
      { text: 'It could be months or ye', speaker: 'one close friend', named: false, partial: false },
      { text: 'He’s not in a hurry. He ', speaker: 'one close friend', named: false, partial: false },
    ]);
  });

  it('THEN every quote is verbatim from the article', () => {
    for (const q of brief.quotes) expect(article.body.slice(q.start, q.end)).toBe(q.text);
  });

  it('THEN neither song title is returned as a quote', () => {
    const texts = brief.quotes.map((q) => q.text).join('|');
    expect(texts).not.toMatch(/Whole Lotta Love|Kashmir/);
  });

  it('THEN the sourcing is unverified, with "reportedly" among the cues', () => {
    expect(brief.sourcing.unverified).toBe(true);
    expect(brief.sourcing.cues).toContain('reportedly');
  });

  it('THEN the summary is at most 3 verbatim sentences, names Jimmy Page, and does not open with a dangling word', () => {
    expect(brief.summary.length).toBeGreaterThan(0);
    expect(brief.summary.length).toBeLessThanOrEqual(3);
    for (const s of brief.summary) expect(article.body).toContain(s);
    expect(brief.summary.join(' ')).toContain('Jimmy Page');
    expect(isDangling(splitSentences(brief.summary[0]!)[0]!)).toBe(false);
    expect(brief.stats.summaryWords).toBeLessThanOrEqual(75);
  });

  it('THEN the title comes from the front matter', () => {
    expect(brief.title).toBe(article.title);
  });
});
