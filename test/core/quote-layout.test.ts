import { describe, expect, it } from 'vitest';
import { makeBrief } from '../../src/core/index.js';
import { said } from './quote-kit.js';


describe('GIVEN a quote whose speaker is named by the layout around it', () => {
  it('THEN a byline dash in any of its forms (—, –, ―) names the speaker', () => {
    expect(said('“Music is the only thing that ever made sense to me.”― Joni Mitchell')).toEqual([
      ['Music is the only thing that ever made sense to me.', 'Joni Mitchell'],
    ]);
  });

  it('THEN a transcript line names its speaker in capitals, and a stage direction is nobody’s words', () => {
    expect(said('"(APPLAUSE)"\n\n"MADONNA: Thank you all for coming tonight."')).toEqual([
      ['MADONNA: Thank you all for coming tonight.', 'MADONNA'],
    ]);
  });

  it('THEN a paragraph ending "X continued:" introduces the quote below it', () => {
    expect(said('Plant continued:\n\n“We never planned a reunion, and we still have not.”')).toEqual([
      ['We never planned a reunion, and we still have not.', 'Plant'],
    ]);
  });

  it('THEN a quote that opens its sentence carries on the reported speech just before it', () => {
    expect(said('Page said the band was ready for the tour.\n\n“We have rehearsed for months and it shows.”')).toEqual([
      ['We have rehearsed for months and it shows.', 'Page'],
    ]);
  });
});

describe('GIVEN an outlet that mixes straight and curly marks', () => {
  it('THEN a straight opening mark may close with a curly one', () => {
    expect(said('"We played all night long,” Page said.')).toEqual([['We played all night long,', 'Page']]);
  });

  it('THEN curly quotes nested in a straight quote stay inside it', () => {
    expect(said('"Fans kept asking for “Kashmir.” So we played it twice," Page said.')).toEqual([
      ['Fans kept asking for “Kashmir.” So we played it twice,', 'Page'],
    ]);
  });
});

describe('GIVEN a headline in title case above the story, even with a full stop', () => {
  it('THEN it is the title, and a title quoted in it is not a quote', () => {
    const brief = makeBrief({ text: 'Page Writes ‘One Last Song.’\n\nJimmy Page is writing a farewell piece, friends said on Monday.' });
    expect(brief.title).toBe('Page Writes ‘One Last Song.’');
    expect(brief.quotes).toEqual([]);
  });

  it('THEN an ordinary opening sentence is not taken for a headline', () => {
    const brief = makeBrief({ text: 'Jimmy Page is writing a farewell piece for his fans.\n\nFriends said so on Monday.' });
    expect(brief.title).toBeNull();
  });
});
