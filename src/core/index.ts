export { type ArticleInput, type BriefJson, makeBrief, toBriefJson } from './brief.js';
export { extractQuotes } from './quotes.js';
export { splitSentences } from './sentences.js';
export { assessSourcing } from './sourcing.js';
export { isDangling, summarize, type SummaryOptions } from './summarize.js';
export type { Brief, Quote, Sentence, Sourcing } from './types.js';
