import { describe, expect, it } from 'vitest';
import { makeBrief } from '../../src/core/index.js';
import { said } from './quote-kit.js';

const speakerOf = (text: string, quote: string) => makeBrief({ text }).quotes.find((q) => q.text.startsWith(quote))?.speaker;

describe('GIVEN names and tags written the way scraped news writes them', () => {
  it('THEN a name whose accent was mis-decoded (`RenÃ\u0083Â©e`) is still the whole speaker', () => {
    expect(said('“The label never paid us a cent,” singer RenÃ\u0083Â©e Vautrin said Friday.')).toEqual([
      ['The label never paid us a cent,', 'RenÃ\u0083Â©e Vautrin'],
    ]);
  });

  it('THEN a nickname in quotation marks inside a name is neither a quote nor the end of the speaker', () => {
    expect(said('The tour opened in Leeds.\n\n"We sold out in an hour!" The promoter, Margaret "Peg" Olsen, shouted to the crowd.')).toEqual([
      ['We sold out in an hour!', 'Margaret Peg Olsen'],
    ]);
  });

  it('THEN a sentence that is only a tag with an appositive name gives the quote before it to that name', () => {
    expect(said('The band took a bow.\n\n“Play it again!” Their manager, Tom Reyes, shouted to the hall.')).toEqual([['Play it again!', 'Tom Reyes']]);
  });

  it('THEN a phrase after a preposition is no subject (`40% of Labour claims as “false”`)', () => {
    expect(speakerOf('Veritas rated 40% of Labour claims as “false” in its review of campaign ads.', 'false')).toBe('Veritas');
  });

  it('THEN `as the memo put it` after a quote names the memo', () => {
    expect(speakerOf('The fund needs a “steady source of royalty income,” as a label memo put it.', 'steady')).toBe('a label memo');
  });

  it('THEN a phrase ending on an adverb (`a hastily called`) is no speaker', () => {
    expect(speakerOf('After a hastily called, late-night meeting, the board issued a note calling the sale “a clear breach of contract” on Monday.', 'a clear') ?? '').not.toMatch(/hastily/u);
  });

  it('THEN a byline dash after a no-break space names the speaker', () => {
    expect(said('Fans wrote in after the show.\n“That was the best night of my life.”\u00a0― Lucia Ferro\n')).toEqual([['That was the best night of my life.', 'Lucia Ferro']]);
  });
});
