import { describe, expect, it } from 'vitest';
import { said } from './quote-kit.js';
import { speakerBefore } from '../../src/core/speakers.js';


describe('GIVEN a partial quote inside a reporter’s sentence', () => {
  it('THEN a name with an appositive before the speech verb is the speaker, not the appositive', () => {
    expect(said('Nile Rodgers, the band’s producer, said that the new record would “change everything we thought we knew.”')).toEqual([
      ['change everything we thought we knew.', 'Nile Rodgers'],
    ]);
  });

  it('THEN a party-and-state tag stays part of the name', () => {
    expect(said('Rep. Gwen Moore (D-Wis.) said the festival should go on and that “music belongs to everyone here.”')).toEqual([
      ['music belongs to everyone here.', 'Rep. Gwen Moore (D-Wis.)'],
    ]);
  });

  it('THEN a reporting verb that judges ("condemned", "likened") gives the words to its subject', () => {
    expect(said('Kate Bush condemned the ruling as “a sad day for music and for everyone who makes it.”')).toEqual([
      ['a sad day for music and for everyone who makes it.', 'Kate Bush'],
    ]);
  });

  it('THEN with no speech verb at all, the subject of the sentence is the speaker', () => {
    expect(said('Bono has gone after the label as “a bunch of accountants with no ears.”')).toEqual([
      ['a bunch of accountants with no ears.', 'Bono'],
    ]);
  });

  it('THEN a word leading into the sentence ("Later") is not part of the speaker', () => {
    expect(said('Later the singer told fans that “the tour is not over, whatever you read.”')).toEqual([
      ['the tour is not over, whatever you read.', 'the singer'],
    ]);
  });

  it('THEN a speaker phrase never starts inside a word ("and" must not give "nd the bandleader")', () => {
    expect(speakerBefore('The crowd cheered and the bandleader said, ')?.speaker).toBe('the bandleader');
  });
});

describe('GIVEN a speech tag set off by commas inside the reporter’s sentence', () => {
  it('THEN the tag names the speaker, not the sentence’s subject', () => {
    expect(said('The crew, the tour manager explained on Monday, were “paid well and paid on time.”')).toEqual([
      ['paid well and paid on time.', 'the tour manager'],
    ]);
    expect(said('Oasis is “a band that refuses to grow up,” Damon Albarn wrote in his memoir, and “proud of it.”')).toEqual([
      ['a band that refuses to grow up,', 'Damon Albarn'],
      ['proud of it.', 'Damon Albarn'],
    ]);
  });

  it('THEN a quote opening the next sentence carries on a report that closed with the tag', () => {
    expect(said('The label may sue before the tour starts, Albarn said. “They have no case and they know it.”')).toEqual([
      ['They have no case and they know it.', 'Albarn'],
    ]);
  });
});

describe('GIVEN a lower-case fragment the reporter’s sentence runs on from', () => {
  it('THEN the words after it are not a speech tag, and "is describing" gives it to its subject', () => {
    expect(said('Kate Bush is describing as “unhinged” a promoter statement attacking the festival.')).toEqual([['unhinged', 'Kate Bush']]);
  });
});

describe('GIVEN words around a fragment that look like a tag but are not', () => {
  it('THEN a dash aside that runs on is not a byline', () => {
    expect(said('Page described the reunion as “one last ride for the old band” — a phrase the band has used for every tour since 2007.')).toEqual([
      ['one last ride for the old band', 'Page'],
    ]);
  });

  it('THEN "According to X," leading into the sentence makes X the source of the quoted words', () => {
    // The promoters would not call their own plan a scheme to cheat the fans: the filing's words are quoted.
    expect(said('According to a court filing, the promoters planned a “massive scheme to cheat the fans.”')).toEqual([
      ['massive scheme to cheat the fans.', 'a court filing'],
    ]);
  });
});

describe('GIVEN a short quoted phrase', () => {
  it('THEN it is a quote when a reporting verb gives it to someone, and a scare quote otherwise', () => {
    expect(said('The singer called the rumours “pure fiction.” The so-called “supergroup” played on.')).toEqual([['pure fiction.', 'the singer']]);
  });

  it('THEN a show named after a possessive is a title even next to a speech verb', () => {
    expect(said('Adele said on NBC’s “Saturday Night Live” that she was ready.')).toEqual([]);
  });

  it('THEN a named subject makes it that person’s words, an unnamed one leaves it a scare quote', () => {
    expect(said('Beyoncé wants a “quiet year” after the tour.')).toEqual([['quiet year', 'Beyoncé']]);
    expect(said('The band’s “comeback” starts in June.')).toEqual([]);
  });

  it('THEN "saying," or "tweeting," before it opens speech, not a title', () => {
    // …and the subject of the sentence said it: `X quit, saying, “…”`.
    expect(said('The drummer walked out in March, saying, “Enough is enough.”')).toEqual([['Enough is enough.', 'the drummer']]);
  });

  it('THEN "called" before lower-case words is a judgement someone made, before capitals a name', () => {
    expect(said('The label issued a statement on what it called “a clear breach of the contract we signed.”')).toEqual([
      ['a clear breach of the contract we signed.', 'the label'],
    ]);
    expect(said('The band played a new song called “Northern Lights” on Friday.')).toEqual([]);
  });

  it('THEN a title announced by a word stays a title even when a speaker is named next to it', () => {
    expect(said('The new single, titled “Arrogant,” features a guest verse, the label reported.')).toEqual([]);
  });

  it('THEN a "follow us on Twitter" line in quotation marks is not speech', () => {
    expect(said('"Follow the band on Twitter @theband."')).toEqual([]);
  });
});
