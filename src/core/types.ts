/** A sentence as it stands in the article: `text` is `article.slice(start, end)`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (non-empty line) the sentence belongs to. */
  paragraph: number;
  /** Position of the sentence in the article, from 0. */
  index: number;
  /** Number of word tokens. */
  words: number;
  /** Stemmed content words (stop words and punctuation dropped), for similarity. */
  terms: string[];
  /** True when the sentence has a verb or auxiliary, i.e. is not a fragment. */
  hasVerb: boolean;
}

/** A direct quote: the characters between the quotation marks, verbatim. */
export interface Quote {
  text: string;
  /** The speaker as the article names them ("Jimmy Page", "his wife"), or null when unknown. */
  speaker: string | null;
  /** True when the speaker is a named person or organisation, false for "a friend", "sources". */
  named: boolean;
  /** True for a fragment quoted inside the reporter's own sentence. */
  partial: boolean;
  /** Offsets of `text` in the article. */
  start: number;
  end: number;
}

export interface Sourcing {
  /** True when the story rests on hedged or anonymous sourcing. */
  unverified: boolean;
  /** The hedging and anonymity cues found outside quotation marks, as written (lower-cased). */
  cues: string[];
  /** Share of quotes whose speaker is unnamed (0 when there are no quotes). */
  unnamedQuoteShare: number;
}

export interface Brief {
  title: string | null;
  summary: string[];
  quotes: Quote[];
  sourcing: Sourcing;
  stats: { words: number; summaryWords: number };
}
