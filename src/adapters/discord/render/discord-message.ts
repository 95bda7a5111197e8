import type { APIEmbed } from 'discord.js';
import { EPHEMERAL_FLAG, LIMITS } from './discord-limits.js';
import { truncate } from './discord-text.js';

/** A message body as Discord's REST API takes it (create message, interaction callback data, webhook). */
export interface DiscordMessage {
  content?: string;
  embeds?: APIEmbed[];
  flags?: number;
  /** Always empty: nothing the bot posts may ping anyone. */
  allowed_mentions: { parse: [] };
}

/** A message with mentions disabled, every limit enforced, and the ephemeral flag when private. */
export function discordMessage(parts: { content?: string; embeds?: APIEmbed[] }, isPrivate: boolean): DiscordMessage {
  const message: DiscordMessage = { allowed_mentions: { parse: [] } };
  if (parts.content !== undefined) message.content = truncate(parts.content, LIMITS.content);
  if (parts.embeds !== undefined) message.embeds = fitEmbeds(parts.embeds);
  if (isPrivate) message.flags = EPHEMERAL_FLAG;
  return message;
}

/** The characters Discord counts toward the 6,000 per message. */
export function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + fields + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
}

/**
 * The safety net under every renderer: cuts each part to its limit, keeps at most 10 embeds and
 * 25 fields, then shortens the longest descriptions until the message is within 6,000 characters.
 */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const fitted = embeds.slice(0, LIMITS.embedsPerMessage).map(fitEmbed);
  let excess = fitted.reduce((sum, e) => sum + embedLength(e), 0) - LIMITS.embedTotal;
  while (excess > 0) {
    const longest = fitted.reduce((a, b) => ((b.description?.length ?? 0) > (a.description?.length ?? 0) ? b : a));
    const length = longest.description?.length ?? 0;
    if (length === 0) throw new Error('embeds exceed 6,000 characters without any description to shorten');
    longest.description = truncate(longest.description!, Math.max(0, length - excess));
    excess = fitted.reduce((sum, e) => sum + embedLength(e), 0) - LIMITS.embedTotal;
  }
  return fitted;
}

function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (fitted.title !== undefined) fitted.title = truncate(fitted.title, LIMITS.title);
  if (fitted.description !== undefined) fitted.description = truncate(fitted.description, LIMITS.description);
  if (fitted.footer) fitted.footer = { ...fitted.footer, text: truncate(fitted.footer.text, LIMITS.footer) };
  if (fitted.author) fitted.author = { ...fitted.author, name: truncate(fitted.author.name, LIMITS.authorName) };
  if (fitted.fields) {
    fitted.fields = fitted.fields.slice(0, LIMITS.fields).map((f) => ({ ...f, name: truncate(f.name, LIMITS.fieldName), value: truncate(f.value, LIMITS.fieldValue) }));
  }
  return fitted;
}
