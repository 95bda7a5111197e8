import { describe, expect, it } from 'vitest';
import { said } from './quote-kit.js';

/** Each case is one convention of how news attributes quoted words; the sentences are invented. */

describe('GIVEN a word of speech used as a noun', () => {
  it('THEN a possessive before it ("the label’s remarks") is not the subject of a verb', () => {
    expect(said('With the vote near, Kim Gordon called the label’s remarks on Friday “a cynical stunt to sell more records.”')).toEqual([
      ['a cynical stunt to sell more records.', 'Kim Gordon'],
    ]);
  });

  it('THEN the owner of the words is the speaker when no one else reports them ("Bono’s claim that …")', () => {
    expect(said('Critics picked apart Bono’s claim that the tour was “the greenest in rock history.”')).toEqual([
      ['the greenest in rock history.', 'Bono'],
    ]);
  });
});

describe('GIVEN the subject of the sentence that carries a quote', () => {
  it('THEN a verb with an irregular past ("spoke", "made") still marks the subject', () => {
    expect(said('Dolly Parton spoke out on Monday, arguing that the ticket fees were “simply unfair to working people.”')).toEqual([
      ['simply unfair to working people.', 'Dolly Parton'],
    ]);
  });

  it('THEN a subject opening with a quantity ("several promoters") is the speaker', () => {
    expect(said('In June, several promoters cancelled the dates, saying the venue was “not safe for a crowd of that size.”')).toEqual([
      ['not safe for a crowd of that size.', 'several promoters'],
    ]);
  });

  it('THEN two names joined by "and" speak together', () => {
    expect(said('“We will not sell the catalogue to anyone,” Page and Plant said in a joint statement.')).toEqual([
      ['We will not sell the catalogue to anyone,', 'Page and Plant'],
    ]);
  });

  it('THEN a description followed by a plain name in commas gives the name', () => {
    expect(said('A spokesman for the festival, Tom Reyes, said the lineup was “the strongest we have ever had.”')).toEqual([
      ['the strongest we have ever had.', 'Tom Reyes'],
    ]);
  });

  it('THEN a sentence opening with "According to X," gives the quoted words to X', () => {
    expect(said('According to the lawsuit, the band owes the studio “more than two years of unpaid fees.”')).toEqual([
      ['more than two years of unpaid fees.', 'the lawsuit'],
    ]);
  });

  it('THEN a clause ending in a colon hands the quote to its subject', () => {
    expect(said('Taylor Swift had a short message for her critics: “I am not going anywhere.”')).toEqual([
      ['I am not going anywhere.', 'Taylor Swift'],
    ]);
  });

  it('THEN a quoted show name in the words leading into the sentence does not hide the subject', () => {
    expect(said('On “Saturday Night Live,” Adele said the album was “the most honest thing I have made.”')).toEqual([
      ['the most honest thing I have made.', 'Adele'],
    ]);
  });
});

describe('GIVEN reported speech that nests another speaker', () => {
  it('THEN a fragment belongs to the reporting subject, not to a name inside the clause', () => {
    const text =
      'Mick Jagger says Keith Richards is wrong about the tour.\n\nJagger said during a Friday evening show in Ohio that Richards once ' +
      'described the so-called Steel Wheels tour as “the gold standard” of rock tours when he was younger. Richards now says he hated it.';
    expect(said(text)).toEqual([['the gold standard', 'Jagger']]);
  });

  it('THEN a name right before "saying" speaks the quote that follows', () => {
    expect(said('The film ends with footage of Cobain saying backstage, “We never wanted any of this.”')).toEqual([
      ['We never wanted any of this.', 'Cobain'],
    ]);
  });
});

describe('GIVEN a speaker named in a neighbouring sentence', () => {
  it('THEN a sentence that is only a tag names the speaker of the quote before it', () => {
    expect(said('“The tour goes on.” So said Bruce Springsteen on Friday.')).toEqual([['The tour goes on.', 'Bruce Springsteen']]);
  });

  it('THEN a quote after a sentence about a named person is that person’s', () => {
    expect(said('Stevie Nicks closed the show in Denver with a long encore. “You kept this band alive for fifty years.”')).toEqual([
      ['You kept this band alive for fifty years.', 'Stevie Nicks'],
    ]);
  });

  it('THEN "he said" stands for the named subject of the sentence before', () => {
    expect(said('Neil Young spoke at the benefit on Friday. “Farmers need more than songs,” he said.')).toEqual([
      ['Farmers need more than songs,', 'Neil Young'],
    ]);
  });

  it('THEN a pronoun tag after the quote yields to the name that introduced it', () => {
    expect(said('“It was great,” said Jack White. Meg White scolded the crowd: “Put the phones away,” she said.')).toEqual([
      ['It was great,', 'Jack White'],
      ['Put the phones away,', 'Meg White'],
    ]);
  });

  it('THEN a quote in a new paragraph after the reporter’s own sentence does not inherit the last speaker', () => {
    const text = '“We are done,” said Liam Gallagher.\n\nAt the awards, Noel Gallagher accepted the prize for the band. “Nobody is done,” he added.';
    expect(said(text)).toEqual([
      ['We are done,', 'Liam Gallagher'],
      ['Nobody is done,', 'Noel Gallagher'],
    ]);
  });
});

describe('GIVEN words that look like a speaker but are not', () => {
  it('THEN a participle opening the sentence ("Having finished …,") is circumstance, not the subject', () => {
    const text = '“It was a long road,” said Jack Antonoff. Having finished the tour, Lorde signed copies of the album. “It took four years,” she said.';
    expect(said(text)).toEqual([
      ['It was a long road,', 'Jack Antonoff'],
      ['It took four years,', 'Lorde'],
    ]);
  });

  it('THEN "It reads:" names no speaker rather than "it reads"', () => {
    expect(said('The memo was leaked on Friday. It reads: “The label cannot afford another flop this year.”')).toEqual([
      ['The label cannot afford another flop this year.', null],
    ]);
  });

  it('THEN a day opening a sentence is not what "he" stands for', () => {
    expect(said('The band split up for good. Friday was the last show. “We were tired,” he said.')).toEqual([['We were tired,', 'he']]);
  });
});

describe('GIVEN a speech tag after the closing mark', () => {
  it('THEN a party-and-state tag between commas ("Graham, R-S.C., said") does not end the sentence', () => {
    expect(said('“We will keep the venue open,” Thompson, D-S.C., said.')).toEqual([['We will keep the venue open,', 'Thompson']]);
  });

  it('THEN the attribution verbs of the wire-service style ("fired back", "reiterated") tag a speaker like "said"', () => {
    expect(said('“That is simply not true,” Rodgers fired back. “We never cancelled,” his manager reiterated.')).toEqual([
      ['That is simply not true,', 'Rodgers'],
      ['We never cancelled,', 'his manager'],
    ]);
  });

  it('THEN a noun that is also a verb of speech ("the report said") keeps its determiner', () => {
    expect(said('“Ticket prices rose faster than wages,” the report said.')).toEqual([['Ticket prices rose faster than wages,', 'the report']]);
  });

  it('THEN a possessive description followed by a plain name gives the name', () => {
    expect(said('The band’s manager, Ruth Ellis, said the split was “final and friendly.”')).toEqual([['final and friendly.', 'Ruth Ellis']]);
  });

  it('THEN ", adding that …" is the reporter’s clause, not an inverted speech tag', () => {
    expect(said('In a statement, the label said: “The record ships in May,” adding that its vinyl run had sold out.')).toEqual([
      ['The record ships in May,', 'the label'],
    ]);
  });
});
