import { describe, expect, it } from 'vitest';
import { isDangling, splitSentences, summarize } from '../../src/core/index.js';

const summary = (text: string, options = {}) => summarize(splitSentences(text), options).map((s) => s.text);

const STORY = [
  'Radiohead will release their first album in eight years on Friday, the band announced on Monday.',
  'The record was made in Oxford over two winters with producer Nigel Godrich.',
  'It features eleven songs, including the single that leaked online last week.',
  'The band will tour Europe and North America from March, playing arenas in twenty cities.',
  'Tickets for the tour go on sale next Wednesday through the band’s website.',
  'Singer Thom Yorke said the album was the hardest the band had ever made.',
].join(' ');

describe('summarize', () => {
  it('returns at most three sentences, verbatim and in article order', () => {
    const sentences = summary(STORY, { maxWords: null });
    expect(sentences).toHaveLength(3);
    for (const s of sentences) expect(STORY).toContain(s);
    const positions = sentences.map((s) => STORY.indexOf(s));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('starts from the lead, as news puts what matters first', () => {
    expect(summary(STORY)[0]).toBe('Radiohead will release their first album in eight years on Friday, the band announced on Monday.');
  });

  it('keeps within the word budget', () => {
    const words = summarize(splitSentences(STORY), { maxWords: 40 }).reduce((n, s) => n + s.words, 0);
    expect(words).toBeLessThanOrEqual(40);
    expect(words).toBeGreaterThan(10);
  });

  it('never opens with a pronoun or connective that needs a dropped sentence', () => {
    const text = 'But the fans were not convinced at all by the news. He said it would be the last show of the long tour. ' +
      'The Rolling Stones played their final show of the tour in London on Saturday night. This was the end of an era for them.';
    const sentences = summary(text);
    expect(isDangling(splitSentences(sentences[0]!)[0]!)).toBe(false);
    expect(sentences[0]).toBe('The Rolling Stones played their final show of the tour in London on Saturday night.');
  });

  it('skips fragments and sentences with unbalanced quotation marks', () => {
    const text = 'The festival was cancelled on Friday after storms flooded the site overnight. About closing the circle. ' +
      '“It was heartbreaking to see the stages under water for the organisers. The clean-up will take weeks, the council said on Saturday.';
    const sentences = summary(text, { maxWords: null });
    expect(sentences).not.toContain('About closing the circle.');
    expect(sentences.some((s) => s.startsWith('“It was heartbreaking'))).toBe(false);
  });

  it('does not pick the same statement twice', () => {
    const lead = 'Taylor Swift has broken the record for the most streamed album in a single day on Spotify.';
    const text = `${lead} ${lead.replace('Taylor Swift has', 'The singer Taylor Swift has now')} The album was released at midnight. Fans queued for hours at record shops across the country.`;
    const sentences = summary(text, { maxSentences: 2, maxWords: null });
    expect(sentences[0]).toBe(lead);
    expect(sentences[1]).not.toContain('most streamed album');
  });
});

describe('GIVEN a feature-style opener that the story never comes back to', () => {
  it('THEN a one-sentence summary takes the news the rest of the story elaborates', () => {
    const text = [
      'Fans had waited for hours in the rain, some of them wrapped in blankets and singing old songs.',
      'Blur will headline Glastonbury next June, organisers confirmed on Friday.',
      'Blur last headlined Glastonbury in 2009.',
      'The Glastonbury line-up also includes Lorde and Burna Boy.',
      'Blur said Glastonbury felt like home.',
    ].join(' ');
    expect(summary(text, { maxSentences: 1, maxWords: null })).toEqual(['Blur will headline Glastonbury next June, organisers confirmed on Friday.']);
  });
  it('gives a very short article its one real sentence, and punctuation alone no summary', () => {
    expect(summary('Hi. “We won the whole thing tonight,” said Bob Smith.')).toEqual(['“We won the whole thing tonight,” said Bob Smith.']);
    expect(summary('"""""')).toEqual([]);
  });
});
