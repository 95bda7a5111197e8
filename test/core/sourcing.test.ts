import { describe, expect, it } from 'vitest';
import { makeBrief } from '../../src/core/index.js';

const sourcing = (text: string) => makeBrief({ text }).sourcing;

describe('assessSourcing', () => {
  it.each([
    ['The band is reportedly splitting after the tour. The label declined to comment.', 'reportedly'],
    ['The singer allegedly walked off stage. Nobody has confirmed it.', 'allegedly'],
    ['Sources close to the band say the tour is cancelled.', 'sources close to'],
    ['Friends say the drummer has quit.', 'friends say'],
    ['Industry insiders believe a reunion is near.', 'industry insiders believe'],
    ['People familiar with the deal put it at $50 million.', 'people familiar with'],
    ['One manager, who spoke on condition of anonymity, confirmed the split.', 'on condition of anonymity'],
    ['According to people who know him, the album is finished.', 'according to people who know him'],
  ])('flags %j with the cue %j', (text, cue) => {
    const result = sourcing(text);
    expect(result.unverified).toBe(true);
    expect(result.cues).toContain(cue);
  });

  it('does not flag a story sourced on the record', () => {
    const result = sourcing('The band announced the tour on Monday. “We cannot wait,” said singer Thom Yorke. According to Live Nation, tickets sold out.');
    expect(result).toEqual({ unverified: false, cues: [], unnamedQuoteShare: 0 });
  });

  it('ignores cues inside quotation marks: they are the speaker’s words', () => {
    const result = sourcing('“People reportedly think I quit, but sources say nothing,” said Dave Grohl.');
    expect(result.unverified).toBe(false);
    expect(result.cues).toEqual([]);
  });

  it('flags a story whose quotes all come from unnamed speakers', () => {
    const result = sourcing('“He is done,” a friend said. “It is over,” a neighbour said.');
    expect(result.unnamedQuoteShare).toBe(1);
    expect(result.unverified).toBe(true);
  });

  it('a single hedge next to named, on-the-record quotes is not enough', () => {
    const result = sourcing('The record reportedly cost millions. “Worth every penny,” said producer Rick Rubin.');
    expect(result.cues).toEqual(['reportedly']);
    expect(result.unverified).toBe(false);
  });
});
