import { formatDigestStatus } from '../src/digest/digest-status-text.js';
import { formatLocal, isValidTimeZone, nextDue, parseTimeOfDay } from '../src/digest/local-time.js';
import { type CommandContext, type CommandDefinition, errorReply, type Reply } from './types.js';

const MAX_KEYWORDS = 20;
const KEYWORD = /^[\p{L}\p{N}][\p{L}\p{N} '’&.+-]{0,39}$/u;

const text = (message: string): Reply => ({ kind: 'text', text: message, private: true });

/**
 * The id inside `<#123>`, `<#C123|general>` or a bare id. Adapters already hand over a vetted id
 * (Discord's channel picker, Slack's `C…`); this only keeps a mention or stray text that reaches
 * the command some other way from becoming a subscription key.
 */
export function parseChannel(value: string): string | undefined {
  const m = /^(?:<#)?([A-Za-z0-9]+)(?:\|[^>]*)?>?$/.exec(value.trim());
  return m?.[1];
}

/** Comma-separated keywords, lower-cased; a word with symbols is refused rather than guessed at. */
export function parseKeywords(value: string | undefined): string[] | string {
  const words = [...new Set((value ?? '').split(',').map((w) => w.trim().toLowerCase()).filter(Boolean))];
  const bad = words.find((w) => !KEYWORD.test(w));
  if (bad !== undefined) return `"${bad.slice(0, 40)}" is not a keyword: use letters, digits, spaces and hyphens, up to 40 characters.`;
  if (words.length > MAX_KEYWORDS) return `At most ${MAX_KEYWORDS} keywords, please.`;
  return words;
}

const PLATFORM_NAMES = { discord: 'Discord', slack: 'Slack' } as const;
const POSTING_SETTING = { discord: 'DISCORD_TOKEN', slack: 'SLACK_BOT_TOKEN' } as const;

const str = (ctx: CommandContext, name: string) => (typeof ctx.options[name] === 'string' ? (ctx.options[name] as string) : undefined);

/** `/digest subscribe|unsubscribe|status|preview`: the channel's daily music-news digest. */
export const digest: CommandDefinition = {
  name: 'digest',
  description: 'A daily digest of music news in this channel',
  subcommands: [
    {
      name: 'subscribe',
      description: 'Post a digest every day at a local time',
      requiresManageChannel: true,
      options: [
        { name: 'time', description: 'Local time, HH:MM (default 09:00)', type: 'string' },
        { name: 'timezone', description: 'IANA time zone such as Europe/London (default: the bot’s)', type: 'string' },
        { name: 'channel', description: 'Where to post (default: here)', type: 'channel' },
        { name: 'include', description: 'Only stories with any of these comma-separated keywords', type: 'string' },
        { name: 'exclude', description: 'Never stories with these comma-separated keywords', type: 'string' },
      ],
    },
    { name: 'unsubscribe', description: 'Stop the daily digest', requiresManageChannel: true, options: [{ name: 'channel', description: 'Which channel (default: here)', type: 'channel' }] },
    { name: 'status', description: 'Schedule, next run, last digest and last error', options: [{ name: 'channel', description: 'Which channel (default: here)', type: 'channel' }] },
    { name: 'preview', description: 'Privately see what would be posted now', options: [{ name: 'channel', description: 'Which channel (default: here)', type: 'channel' }] },
  ],
  async run(ctx) {
    const digests = ctx.services.digests;
    if (!digests) return errorReply('Digests are not running on this bot (no database configured).');
    if (ctx.platform === 'console') {
      if (ctx.subcommand !== 'preview') return errorReply('Digests are posted to Discord and Slack channels; run this there. Here, try /digest preview.');
      return { kind: 'digest', digest: digests.preview(null, ctx.channelId, { timezone: digests.defaultTimezone }), private: true };
    }
    const channelId = parseChannel(str(ctx, 'channel') ?? ctx.channelId);
    if (!channelId) return errorReply(`"${str(ctx, 'channel')}" is not a channel: mention one (#news) or give its id.`);
    const platform = ctx.platform;
    const where = `<#${channelId}>`;
    const here = channelId === ctx.channelId;
    const notYours = `Only members who can manage ${here ? 'this channel' : where} can change its digest.`;
    // Status and preview show a channel's settings and errors: from elsewhere, only to its managers.
    if (!here && !ctx.canManageChannel && (ctx.subcommand === 'status' || ctx.subcommand === 'preview')) {
      return errorReply(`Only members who can manage ${where} can see its digest from another channel.`);
    }

    switch (ctx.subcommand) {
      case 'subscribe': {
        if (!ctx.canManageChannel) return errorReply(notYours);
        if (!digests.postsTo(platform)) return errorReply(`This bot has no ${PLATFORM_NAMES[platform]} token to post digests with: set ${POSTING_SETTING[platform]}.`);
        const time = parseTimeOfDay(str(ctx, 'time') ?? '09:00');
        if (!time) return errorReply(`"${str(ctx, 'time')}" is not a time of day: use HH:MM, 24-hour, such as 09:00 or 18:30.`);
        const timezone = (str(ctx, 'timezone') ?? digests.defaultTimezone).trim();
        if (!isValidTimeZone(timezone)) return errorReply(`"${timezone.slice(0, 60)}" is not a time zone I know: use an IANA name such as Europe/London or America/New_York.`);
        const includeWords = parseKeywords(str(ctx, 'include'));
        if (typeof includeWords === 'string') return errorReply(includeWords);
        const excludeWords = parseKeywords(str(ctx, 'exclude'));
        if (typeof excludeWords === 'string') return errorReply(excludeWords);
        digests.subscribe({ platform, workspaceId: ctx.workspaceId ?? null, channelId, timeOfDay: time, timezone, includeWords, excludeWords, createdBy: ctx.userId });
        const next = nextDue(ctx.now, time, timezone);
        return text(`${where} gets a music-news digest every day at ${time} (${timezone}). First one: ${formatLocal(next.due, timezone)}.`);
      }
      case 'unsubscribe': {
        if (!ctx.canManageChannel) return errorReply(notYours);
        return digests.unsubscribe(platform, channelId)
          ? text(`${where} will get no more digests.`)
          : errorReply(`${where} has no digest to stop.`);
      }
      case 'status': {
        const status = digests.status(platform, channelId);
        return status ? text(formatDigestStatus(status)) : text(`${where} has no daily digest. Start one with \`/digest subscribe\`.`);
      }
      case 'preview':
        return { kind: 'digest', digest: digests.preview(platform, channelId, { timezone: digests.defaultTimezone }), private: true };
      default:
        return errorReply(`Unknown subcommand "${ctx.subcommand ?? ''}". Choose subscribe, unsubscribe, status or preview.`);
    }
  },
};
