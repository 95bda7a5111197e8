import { makeBrief } from '../../src/core/index.js';

/** Each quote of an article with its speaker, as `[text, speaker]` pairs in article order. */
export const said = (text: string) => makeBrief({ text }).quotes.map((q) => [q.text, q.speaker]);
