import { describe, expect, it } from 'vitest';
import { said } from './quote-kit.js';

/*
 * Where the speaker stands in a reporter's sentence that is more than `“…,” X said`: after a lead-in clause, after a
 * later quote, before a long relative clause, in the clause a semicolon opens.
 */

describe('GIVEN a sentence that opens with a lead-in clause', () => {
  it('THEN a comma inside the quote still ends the lead-in, and its subject speaks', () => {
    expect(said('Citing the cancelled shows and the fans’ “endless patience with all of us,” Robert Plant urged the promoters to refund every ticket.')).toEqual([
      ['endless patience with all of us,', 'Robert Plant'],
    ]);
  });

  it('THEN a participle and its object ("Weighing in on the row") are circumstance, not the speaker', () => {
    expect(said('Weighing in on the row, former Oasis manager Alan McGee agreed, praising the band as “the last great guitar group we have got.”')).toEqual([
      ['the last great guitar group we have got.', 'former Oasis manager Alan McGee'],
    ]);
  });

  it('THEN a sentence adverb before a name and its appositive is not the speaker', () => {
    expect(said('However, Jo Whiley, a presenter at the station, said in a statement that the playlist had “no place for that song.”')).toEqual([
      ['no place for that song.', 'Jo Whiley'],
    ]);
  });
});

describe('GIVEN a subject far from the quote', () => {
  it('THEN the subject after a later quote in the sentence speaks for the earlier one, never a possessive', () => {
    expect(said('From the label’s “cheap, joyless cash-in” last spring to its talk of a “reunion tour,” Plant described the company as “a bank with a logo.”')).toEqual([
      ['cheap, joyless cash-in', 'Plant'],
      ['reunion tour,', 'Plant'],
      ['a bank with a logo.', 'Plant'],
    ]);
  });

  it('THEN a long relative clause between the name and the verb does not lose the name', () => {
    const article =
      'Page, who has previously questioned whether the estate understood the band’s legacy and its long history with the label in London, said Friday that the deal “happens to be, we think, fair.”';
    expect(said(article)).toEqual([['happens to be, we think, fair.', 'Page']]);
  });

  it('THEN a name followed by a past tense is the subject, not the whole clause up to a verb of speech', () => {
    expect(said('Slash unleashed a series of posts early Friday saying that the promoter had shown bad judgment in booking the band “as a favour to nobody.”')).toEqual([
      ['as a favour to nobody.', 'Slash'],
    ]);
  });

  it('THEN a capitalised word in a title ("of State") is not taken for a verb of speech', () => {
    expect(said('The Minister of State began her speech by thanking the musicians who “kept the lights on” all year.')).toEqual([
      ['kept the lights on', 'The Minister of State'],
    ]);
  });

  it('THEN after a semicolon the new clause’s subject speaks, not the first clause’s', () => {
    expect(said('The tweet prompted the label to call a meeting; one producer called the singer "the orange prince of self-publicity."')).toEqual([
      ['the orange prince of self-publicity.', 'one producer'],
    ]);
  });

  it('THEN when the sentence starts inside an earlier quote, words from that quote are never the speaker', () => {
    const article =
      '"The band played well tonight and I was glad to see that. I think we need them back on tour," Jools Holland said during a panel on his show ' +
      'after the band easily won the award, remarking that while there are "still some fans angry over the cancelled dates," the band already "paid a very heavy price on that issue."';
    expect(said(article).map(([, speaker]) => speaker)).toEqual(['Jools Holland', 'Jools Holland', 'Jools Holland']);
  });

  it('THEN "they" is not given to the one person named before', () => {
    const article =
      'Marc Elias, the lawyer, said the case was weak. The label is trying to convince the courts that they should restore “the old royalty rate for every single artist.”';
    expect(said(article)[0]![1]).not.toBe('Marc Elias');
  });
});

describe('GIVEN a quote introduced without a verb of speech next to it', () => {
  it('THEN a speaking participle after a comma ("telling the crowd,") hands the quote to the subject', () => {
    expect(said('Elton John seemed ready to riff on the incident, telling the crowd, “Some people get a little carried away.”')).toEqual([
      ['Some people get a little carried away.', 'Elton John'],
    ]);
  });

  it('THEN a whole sentence quoted after a clause and a comma is the subject’s, but a title after "podcast," is no quote', () => {
    expect(said('Earlier this week, Adele shared her nerves with an audience in London, “I do not know which version of me will show up.”')).toEqual([
      ['I do not know which version of me will show up.', 'Adele'],
    ]);
    expect(said('The station spoke with Adele on the latest episode of its music podcast, “So, That Happened.”')).toEqual([]);
  });

  it('THEN "questioned", a past tense after a spoken line, or an appositive missing its closing comma still tag the quote', () => {
    expect(said('Plant spoke last. “What was the point of the reunion?” Page questioned.')).toEqual([['What was the point of the reunion?', 'Page']]);
    expect(said('“Let me help you out - the answer is no,” the festival’s founder riffed on the question.')).toEqual([
      ['Let me help you out - the answer is no,', 'the festival’s founder'],
    ]);
    expect(said('“The tour needs more dates,” Zane Lowe, the presenter who founded the show tweeted on Wednesday.')).toEqual([
      ['The tour needs more dates,', 'Zane Lowe'],
    ]);
  });

  it('THEN a label a thing is marked or rated with ("marked “confidential”") is nobody’s words', () => {
    expect(said('The label said 2,093 of the tracks were edited, the vast majority of them rated "explicit," the lowest level of warning.')).toEqual([]);
    expect(said('Page said none of the tapes he sent were marked “confidential” at the time.')).toEqual([]);
  });

  it('THEN a show’s name in quotation marks before a name and a verb is a title, not a quote', () => {
    expect(said('“Daily Show” host Trevor Noah showed the clip on Thursday.')).toEqual([]);
    expect(said('In an interview with "Later with Jools," Paul Weller pointed to the label as the problem.')).toEqual([]);
  });
});

describe('GIVEN a speaker phrase that runs on past the speaker', () => {
  it('THEN it stops before the verb and before a trailing modifier, so readers see who spoke and nothing else', () => {
    expect(said('The band’s label sent out a press release saying the album was “the best thing they have ever made.”')).toEqual([
      ['the best thing they have ever made.', 'the band’s label'],
    ]);
    expect(said('A source familiar with the talks said the reunion was “all but certain.”')).toEqual([['all but certain.', 'a source']]);
  });

  it('THEN a plural noun before a past tense stays in the subject ("fans also chanted"), and a span of time is nobody', () => {
    expect(said('Knebworth Park fans also chanted, “We want Noel,” at the end of the show.')).toEqual([['We want Noel,', 'Knebworth Park fans']]);
    expect(said('You have to go back only 12 years to see a label defending the idea that “streaming can pay every artist fairly.”')).toEqual([
      ['streaming can pay every artist fairly.', null],
    ]);
  });

  it('THEN a surname that is also a common word keeps its capital when the story gives it a first name', () => {
    const article = 'Festival row.\n\nColumnist George Will wrote about the festival this week.\n\n“The festival is a reminder of what we lost,” Will wrote. It will pass.';
    expect(said(article)).toEqual([['The festival is a reminder of what we lost,', 'Will']]);
  });
});

describe('GIVEN voices quoted one after another ("one user wrote … Another said …")', () => {
  it('THEN "another" is one more of the same kind, not nobody', () => {
    const article =
      'Fans react.\n\n"The band is very loud," one user wrote. "I hope they tour forever."\n\n' +
      'Another said he hoped with his "whole heart" that the band returns: "That way I can watch the show for several years."';
    expect(said(article).map(([, speaker]) => speaker)).toEqual(['one user', 'one user', 'another user', 'another user']);
  });
});

describe('GIVEN the ways digests, features and wire copy introduce a quote', () => {
  it('THEN a name after a dash and before a colon speaks (`Streams moved - Mark Mulligan: “…”`)', () => {
    expect(said('Streaming numbers moved this week - Mark Mulligan: “Two weeks ago, the strongest territory had been the South.”')).toEqual([
      ['Two weeks ago, the strongest territory had been the South.', 'Mark Mulligan'],
    ]);
  });

  it('THEN two names before the colon speak together', () => {
    expect(said('Streaming is shifting - Frank Newport and Jim Harter: “We found that fans who pay stay longer.”')).toEqual([
      ['We found that fans who pay stay longer.', 'Frank Newport and Jim Harter'],
    ]);
  });

  it('THEN a place’s abbreviation before a circumstance clause is nobody, and a stray comma after "(R-OH)" does not lose the name', () => {
    expect(said('On Tuesday in Berea, OH, after winning the county vote, Gov. Jo Stafford (R-OH), said, “I’m getting ready to rent a tour bus.”')).toEqual([
      ['I’m getting ready to rent a tour bus.', 'Gov. Jo Stafford (R-OH)'],
    ]);
    expect(said('Promoter Harvey Goldsmith, during several interviews on Thursday, described the show as “the most valuable night of the year.”')).toEqual([
      ['the most valuable night of the year.', 'Promoter Harvey Goldsmith'],
    ]);
  });

  it('THEN "with X calling it" gives the quote to X', () => {
    expect(said('Promoters who agree that the venue should close were irritated, with Michael Eavis calling it a “Chinese menu.”')).toEqual([
      ['Chinese menu.', 'Michael Eavis'],
    ]);
  });

  it('THEN someone speaking for a named body is the subject, and a number’s comma does not end the tag', () => {
    expect(said('A spokeswoman for the Royal Albert Hall emailed reporters with the relevant clause, arguing, “As you can see, the contract says nothing of the kind.”')).toEqual([
      ['As you can see, the contract says nothing of the kind.', 'a spokeswoman for the Royal Albert Hall'],
    ]);
    expect(said('Soon after the band was booed on Monday, Canova wrote to his 20,000 Twitter followers, “It’s time to end this tour for good.”')).toEqual([
      ['It’s time to end this tour for good.', 'Canova'],
    ]);
  });

  it('THEN the pronoun nearest the verb is its subject, resolved to the name before it, never the words between', () => {
    expect(said('Radio host Jools Holland used his show Friday to discuss what he described as the “brilliant” decision to reunite.')).toEqual([
      ['brilliant', 'Jools Holland'],
    ]);
  });
});

describe('GIVEN a phrase that names no one where a speaker would stand', () => {
  it('THEN a topic, a gerund or an adjective is not taken for the speaker, and the real one is found', () => {
    expect(said('Later in the show, after the Sanders interview concluded, Maher stated of the tour that the promoter’s report “wasn’t good.”')).toEqual([
      ['wasn’t good.', 'Maher'],
    ]);
  });

  it('THEN no speaker is better than the silence or a year', () => {
    expect(said('The label has not answered for two weeks. The silence has been deafening.\n\n“I told them the masters were mine before the sale.”\n\nThe singer has said so before.')[0]![1]).toBeNull();
  });

  it('THEN a person described by age still speaks', () => {
    expect(said('“I learned every song off the radio,” the 46-year-old said.')).toEqual([['I learned every song off the radio,', 'the 46-year-old']]);
  });
});

describe('GIVEN quotes strung through one sentence', () => {
  it('THEN the earlier fragments take the speech tag that follows the last of them', () => {
    expect(said('Streaming is “the ultimate threat to new music” and “starves young bands,” Billy Bragg, the folk singer, told a union meeting on Tuesday.')).toEqual([
      ['the ultimate threat to new music', 'Billy Bragg'],
      ['starves young bands,', 'Billy Bragg'],
    ]);
  });
});

describe('GIVEN a speaker set apart from the quote', () => {
  it('THEN a byline in the next paragraph, typed with a hyphen, names the speaker', () => {
    expect(said('Claims from the awards night, checked.\n\n"Streaming pays artists more than radio ever did."\n\n- Daniel Ek.\n\nThat depends on the artist.')).toEqual([
      ['Streaming pays artists more than radio ever did.', 'Daniel Ek'],
    ]);
  });

  it('THEN a name followed by the body it works for, however long, is who wrote', () => {
    expect(said('“Vinyl sales have not peaked,” Mark Mulligan of the Institute for Music Business and Media Research wrote in May.')).toEqual([
      ['Vinyl sales have not peaked,', 'Mark Mulligan'],
    ]);
  });

  it('THEN a long description after "said" is cut before the body it is familiar with', () => {
    expect(said('“If the band splits, the label loses its biggest act,” said one executive familiar with the Island Records label’s plans, who asked not to be named.')).toEqual([
      ['If the band splits, the label loses its biggest act,', 'one executive'],
    ]);
  });
});

describe('GIVEN a sentence of two clauses', () => {
  it('THEN the clause after "while" has its own subject for its quote', () => {
    expect(said('Jack White on Monday pressed his own label to reissue the record, while Meg White, the band’s drummer, proposed they “let it rest for a decade.”')).toEqual([
      ['let it rest for a decade.', 'Meg White'],
    ]);
  });

  it('THEN the speech verb nearest a colon introduces the quote', () => {
    expect(said('“We love you, Glasgow,” Noel said as a fan yelled: “Play Wonderwall!”')).toEqual([
      ['We love you, Glasgow,', 'Noel'],
      ['Play Wonderwall!', 'a fan'],
    ]);
  });

  it('THEN a party tag with a period does not end the sentence before the appositive', () => {
    expect(said('Rep. Judy Chu (D-Calif.), who wrote the bill on ticket resale, said in a statement that the new rules were “an overdue win for fans.”')).toEqual([
      ['an overdue win for fans.', 'Rep. Judy Chu (D-Calif.)'],
    ]);
  });

  it('THEN a cleft’s frame and a sentence adverb stand before the subject', () => {
    expect(said('It was three years ago that Damon Albarn, who was then touring with Gorillaz, said a Blur reunion was “impossible.”')).toEqual([
      ['impossible.', 'Damon Albarn'],
    ]);
    expect(said('Still, Albarn, who thinks the label made a grab for the catalogue, called the new deal “much, much better” than the old one.')).toEqual([
      ['much, much better', 'Albarn'],
    ]);
  });
});

describe('GIVEN a list of songs or words in quotation marks', () => {
  it('THEN songs after "hits including" and words after "words such as" are titles and mentions, not quotes', () => {
    expect(said('The DJ, who played the usual anthems, added Latin hits including “La Gozadera” to the set.')).toEqual([]);
    expect(said('Moderators removed posts containing words such as “sellout” from the fan forum.')).toEqual([]);
  });
});
