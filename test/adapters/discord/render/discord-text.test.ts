import { describe, expect, it } from 'vitest';
import { escapeArticleText, neutralizePings, splitText, truncate } from '../../../../src/adapters/discord/render/discord-text.js';

describe('truncate', () => {
  it('leaves text that fits unchanged', () => {
    expect(truncate('Jimmy Page plays', 16)).toBe('Jimmy Page plays');
  });

  it('cuts at the last word boundary and adds an ellipsis', () => {
    const cut = truncate('Jimmy Page plays guitar tonight', 20);
    expect(cut).toBe('Jimmy Page plays…');
    expect(cut.length).toBeLessThanOrEqual(20);
  });

  it('cuts a single over-long word where it must, still within the limit', () => {
    expect(truncate('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});

describe('splitText', () => {
  it('splits at paragraph breaks, loses no word, and keeps every piece within the limit', () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} ${'word '.repeat(20).trim()}.`);
    const text = paragraphs.join('\n\n');
    const pieces = splitText(text, 500);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(500);
    expect(pieces.join(' ').split(/\s+/)).toEqual(text.split(/\s+/));
    for (const piece of pieces) expect(piece).toMatch(/^Paragraph \d+/);
  });
});

describe('escapeArticleText', () => {
  it('shows markdown as typed and breaks every mention so nothing highlights or pings', () => {
    const text = escapeArticleText('**Loud** _news_ `code` ||spoiler|| @everyone @here <@123> <@&456> <#789>\n> not a quote\n# not a heading\n[click](https://evil.example)');
    expect(text).not.toMatch(/@everyone|@here|<@\d|<@&|<#\d/);
    expect(text).toContain('\\*\\*Loud\\*\\*');
    expect(text).toContain('\\_news\\_');
    expect(text).toContain('\\`code\\`');
    expect(text).toContain('\\|\\|spoiler\\|\\|');
    expect(text).toContain('\\> not a quote');
    expect(text).toContain('\\# not a heading');
    expect(text).toContain('\\[click]');
    expect(text.replace(/\u200b|\\/g, '')).toContain('@everyone @here <@123>');
  });

  it('keeps channel links in the bot’s own text but breaks pings', () => {
    expect(neutralizePings('<#123> for @everyone and <@5>')).toBe('<#123> for @\u200beveryone and <\u200b@5>');
  });
});
