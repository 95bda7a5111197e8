import { escapeMarkdown } from 'discord.js';

const ELLIPSIS = '…';
const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Makes text from an article inert in Discord: markdown shows as written, and mentions
 * (`@everyone`, `@here`, `<@123>`, `<#channel>`, `<@&role>`) show as plain text. `allowed_mentions`
 * already stops the ping; this also stops the blue highlight that would mislead readers.
 */
export function escapeArticleText(text: string): string {
  const escaped = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    // escapeMarkdown leaves block quotes and subtext (`-# `) alone.
    .replace(/^(\s*)(>|-#)/gm, '$1\\$2');
  return neutralizeMentions(escaped);
}

/**
 * Breaks the syntax of mentions that ping (`@everyone`, `@here`, users, roles) with a zero-width
 * space; for the bot's own text, where a channel link such as `<#123>` is meant to render.
 */
export function neutralizePings(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`).replace(/<@/g, `<${ZERO_WIDTH_SPACE}@`);
}

/** Breaks every mention-like syntax (also channels, emoji, commands, timestamps): for article text. */
export function neutralizeMentions(text: string): string {
  return neutralizePings(text).replace(/<(#|a?:|\/|t:)/g, `<${ZERO_WIDTH_SPACE}$1`);
}

/**
 * Fits text into `max` characters: unchanged when it fits, else cut at the last word boundary
 * with an ellipsis (a single over-long word is cut where it must be).
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, max);
  const room = text.slice(0, max - ELLIPSIS.length + 1);
  const boundary = room.search(/\s\S*$/);
  const cut = boundary > 0 ? room.slice(0, boundary) : room.slice(0, max - ELLIPSIS.length);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/**
 * Splits text into pieces of at most `max` characters without breaking words, preferring
 * paragraph breaks, then line breaks, then spaces. Nothing is dropped and no ellipsis is added.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    // A break in the first half would leave a stub piece; a space later on is better.
    const breaks = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.search(/\s\S*$/)];
    const at = breaks.find((i) => i > max / 2) ?? breaks.find((i) => i > 0) ?? max;
    pieces.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}
