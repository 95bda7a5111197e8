import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.js';
import { splitSentences } from '../../src/core/sentences.js';

const quotes = (article: string) =>
  extractQuotes(article, splitSentences(article)).map(({ text, speaker, named, partial }) => ({ text, speaker, named, partial }));
const speakers = (article: string) => quotes(article).map((q) => [q.text, q.speaker]);

describe('extractQuotes: attribution patterns', () => {
  it('"X," she said — with straight quotes, the pronoun resolved to the last speaker', () => {
    expect(speakers('Robert Plant spoke first. "We never planned it," Plant said. "It just happened," he added.')).toEqual([
      ['We never planned it,', 'Plant'],
      ['It just happened,', 'Plant'],
    ]);
  });

  it('said X, with an appositive left out of the name', () => {
    expect(quotes('“It was the loudest show of the year,” said Jonny Greenwood, the band’s guitarist.')).toEqual([
      { text: 'It was the loudest show of the year,', speaker: 'Jonny Greenwood', named: true, partial: false },
    ]);
  });

  it('X said, before the quote, and X: before the quote', () => {
    expect(speakers('Kate Bush said in a statement: “I am moved by the response.”\nBjörk: “Music is a place to hide.”')).toEqual([
      ['I am moved by the response.', 'Kate Bush'],
      ['Music is a place to hide.', 'Björk'],
    ]);
  });

  it('according to X', () => {
    expect(speakers('“The tour is off,” according to Live Nation. According to the promoter, “Tickets will be refunded.”')).toEqual([
      ['The tour is off,', 'Live Nation'],
      ['Tickets will be refunded.', 'the promoter'],
    ]);
  });

  it('"…" — X', () => {
    expect(speakers('“Without music, life would be a mistake.” — Friedrich Nietzsche')).toEqual([
      ['Without music, life would be a mistake.', 'Friedrich Nietzsche'],
    ]);
  });

  it('split quotes give two items with one speaker', () => {
    expect(speakers('“I wrote it in a night,” his widow said. “He never changed a word.”')).toEqual([
      ['I wrote it in a night,', 'his widow'],
      ['He never changed a word.', 'his widow'],
    ]);
  });

  it('a quote running over paragraphs gives one item per paragraph, same speaker', () => {
    const article = 'Mick Jagger said of the record: “We started in the spring.\n“Then everything changed.”\n\nThe album is out Friday.';
    expect(speakers(article)).toEqual([
      ['We started in the spring.', 'Mick Jagger'],
      ['Then everything changed.', 'Mick Jagger'],
    ]);
  });

  it('a pronoun speaker is resolved back to the nearest fitting person, not to a group', () => {
    const article = 'Fans said they were stunned. Adele took the stage late. “I’m sorry for the wait,” she said.';
    expect(speakers(article)).toEqual([['I’m sorry for the wait,', 'Adele']]);
  });

  it('keeps unnamed speakers as the article names them and marks them unnamed', () => {
    expect(quotes('“He is exhausted,” one close friend noted. “We all are,” a source close to the band said.')).toEqual([
      { text: 'He is exhausted,', speaker: 'one close friend', named: false, partial: false },
      { text: 'We all are,', speaker: 'a source close to the band', named: false, partial: false },
    ]);
  });

  it('a fragment inside the reporter’s sentence is a partial quote of the sentence’s speaker', () => {
    expect(quotes('Friends say he has been declining interviews, choosing to “speak only through the strings.”')).toEqual([
      { text: 'speak only through the strings.', speaker: 'friends', named: false, partial: true },
    ]);
  });
});

describe('extractQuotes: titles and nicknames are not quotes', () => {
  it('drops song titles, album names and nicknames', () => {
    const article =
      'Fans know him for “Whole Lotta Love” and “Kashmir,” the band’s epics. The album “Houses of the Holy” followed. ' +
      'He was dubbed “the hardest working man in show business” early on. The so-called “supergroup” never toured.';
    expect(quotes(article)).toEqual([]);
  });

  it('keeps a short capitalised line when someone says it', () => {
    expect(speakers('“Thank You,” Plant told the crowd.')).toEqual([['Thank You,', 'Plant']]);
  });

  it('returns the characters between the marks verbatim', () => {
    const article = 'She said: “It’s — honestly — “the” best.” Then left.';
    for (const q of extractQuotes(article, splitSentences(article))) expect(article.slice(q.start, q.end)).toBe(q.text);
  });
});
