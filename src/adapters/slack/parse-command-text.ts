import { parseCommandText, type ParsedCommandText } from '../../../commands/parse-command-text.js';
import type { CommandDefinition } from '../../../commands/types.js';

/** A public (`C…`) or private (`G…`) channel id; a DM (`D…`) or a user is never a channel to act on. */
const SLACK_CHANNEL_ID = /^[CG][A-Z0-9]{2,}$/u;

/**
 * `<#C123|news>` (how Slack escapes a picked channel), `<#C123>` or a bare `C123`, as the id. A
 * bare `#news` means Slack could not link it; the id is never guessed from a name.
 */
export function slackChannelId(raw: string): string | { problem: string } {
  const value = raw.trim();
  const id = /^<#([^|>]+)(?:\|[^>]*)?>$/u.exec(value)?.[1] ?? value;
  if (SLACK_CHANNEL_ID.test(id)) return id;
  const shown = value.slice(0, 40);
  if (/^#[^<>]/u.test(value)) return { problem: `Slack did not link "${shown}" to a channel: type # and pick the channel from the list, or give its id (C…).` };
  return { problem: `"${shown}" is not a Slack channel: pick one with # (a public or private channel, not a DM) or give its id, such as C0123ABCD.` };
}

/** The text after a Slack slash command, read with Slack's channel ids. */
export function parseSlackCommandText(definition: CommandDefinition, text: string): ParsedCommandText {
  return parseCommandText(definition, text, slackChannelId);
}
