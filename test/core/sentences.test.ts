import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/sentences.js';

const texts = (article: string) => splitSentences(article).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps a quoted question and its speech tag as one sentence', () => {
    expect(texts('“Really?” she asked. He nodded.')).toEqual(['“Really?” she asked.', 'He nodded.']);
    expect(texts('“Why now?” Page asked. Nobody answered.')).toEqual(['“Why now?” Page asked.', 'Nobody answered.']);
  });

  it('does not end a sentence at abbreviations, decimals or initials', () => {
    expect(texts('Dr. Smith paid $3.5 million on Jan. 5 for it. J. R. R. Tolkien wrote the U.S. edition.')).toEqual([
      'Dr. Smith paid $3.5 million on Jan. 5 for it.',
      'J. R. R. Tolkien wrote the U.S. edition.',
    ]);
  });

  it('splits at a closing mark with no space before the next sentence', () => {
    expect(texts('The band—once huge—split.“It’s over,” said Mr. Page. Then he left.')).toEqual([
      'The band—once huge—split.',
      '“It’s over,” said Mr. Page.',
      'Then he left.',
    ]);
  });

  it('never runs a sentence over a paragraph break, even with no full stop', () => {
    const sentences = splitSentences('A headline with no stop\nThe story starts here. It goes on.\n\nA new paragraph.');
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['A headline with no stop', 0],
      ['The story starts here.', 1],
      ['It goes on.', 1],
      ['A new paragraph.', 2],
    ]);
  });

  it('gives offsets that point at the verbatim text', () => {
    const article = '  Curly “quotes” and rock ’n’ roll.\r\nSecond line — with dashes… and more.';
    for (const s of splitSentences(article)) expect(article.slice(s.start, s.end)).toBe(s.text);
  });

  it('marks verbless fragments', () => {
    const [full, fragment] = splitSentences('The guitarist wrote a song. About closing the circle.');
    expect(full!.hasVerb).toBe(true);
    expect(fragment!.hasVerb).toBe(false);
  });
});
