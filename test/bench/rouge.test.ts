import { describe, expect, it } from 'vitest';
import { pairQuotes, quotesMatch, speakersMatch } from '../../bench/quality/quote-match.js';
import { rougeTokens, scoreRouge } from '../../bench/quality/rouge.js';

describe('ROUGE with rouge-score conventions, against values worked out by hand', () => {
  it('one changed word: 5 of 6 unigrams, 3 of 5 bigrams, LCS 5 of 6', () => {
    const s = scoreRouge('The cat sat on the mat.', 'The cat lay on the mat.');
    expect(s.rouge1).toBeCloseTo((100 * 5) / 6, 6);
    expect(s.rouge2).toBeCloseTo(60, 6);
    expect(s.rougeLsum).toBeCloseTo((100 * 5) / 6, 6);
  });

  it('lower-cases, turns punctuation into spaces, and stems only tokens longer than 3 characters', () => {
    expect(rougeTokens('Hello, WORLD! Bands were playing; he was there.')).toEqual(['hello', 'world', 'band', 'were', 'plai', 'he', 'was', 'there']);
    // "bands"/"band" and "playing"/"plays" meet only through the stemmer: 2 of 3 unigrams each way.
    expect(scoreRouge('Bands were playing', 'The band plays').rouge1).toBeCloseTo((100 * 2) / 3, 6);
  });

  it('ROUGE-Lsum takes the union LCS over sentences, so sentence order does not matter', () => {
    // One sentence "a b d e" against two: "d e" and "a b". Each LCS covers half, the union all four tokens.
    expect(scoreRouge('d e\na b', 'a b d e').rougeLsum).toBeCloseTo(100, 6);
    // Against "a b c" and "d e": 4 hits, 5 candidate tokens, 4 reference tokens: F = 2 x 0.8 x 1 / 1.8.
    expect(scoreRouge('a b c\nd e', 'a b d e').rougeLsum).toBeCloseTo((100 * 1.6) / 1.8, 6);
  });

  it('an empty candidate scores zero rather than failing', () => {
    expect(scoreRouge('', 'Something happened.')).toEqual({ rouge1: 0, rouge2: 0, rougeLsum: 0 });
  });
});

describe('quote matching for the PolNeAR benchmark', () => {
  it('ignores quote marks and punctuation at the edges', () => {
    expect(quotesMatch('“We will be back,”', 'We will be back')).toBe(true);
  });

  it('matches a quote contained in another only when it is at least half as long', () => {
    expect(quotesMatch('We will be back next year', 'We will be back next year, and the year after')).toBe(true);
    expect(quotesMatch('We will be back', 'We will be back next year, and the year after that, and after that')).toBe(false);
  });

  it('pairs each gold quote with at most one returned quote', () => {
    const gold = [{ text: 'We will be back', speaker: 'Page', speaker_is_pronoun: false }];
    const returned = [{ text: 'We will be back', speaker: 'Page' }, { text: 'We will be back', speaker: 'Page' }];
    expect(pairQuotes(returned, gold)).toHaveLength(1);
  });

  it('pairs a phrase quoted twice with the gold quote at the same place, not the first one in the article', () => {
    const gold = [
      { text: 'locker room talk', speaker: 'Trump', speaker_is_pronoun: false, start: 10, end: 26 },
      { text: 'locker room talk', speaker: 'Clinton', speaker_is_pronoun: false, start: 200, end: 216 },
    ];
    const returned = [{ text: 'locker room talk', speaker: 'Clinton', start: 200, end: 216 }];
    expect(pairQuotes(returned, gold).map(([, g]) => g.speaker)).toEqual(['Clinton']);
  });

  it('matches speakers by a contiguous run of words, without honorifics, and never a missing one', () => {
    expect(speakersMatch('Trump', 'Donald J. Trump')).toBe(true);
    expect(speakersMatch('Mr. Weston', 'Chris Weston, chief market strategist at IG')).toBe(true);
    expect(speakersMatch('the president', 'The president')).toBe(true);
    expect(speakersMatch('Bill Clinton', 'Hillary Clinton')).toBe(false);
    expect(speakersMatch(null, 'Hillary Clinton')).toBe(false);
  });
});
