import type { BriefedArticle, Digest } from '../src/news/types.js';

export type { BriefedArticle, Digest, DigestEntry } from '../src/news/types.js';
import type { DigestService } from '../src/digest/digest-service.js';

/**
 * Platform-neutral slash commands. A command is defined once here; every adapter (Discord,
 * Slack, console) registers it from this description and renders its reply.
 */

/**
 * `channel` is a channel id the adapter has already resolved and vetted (Discord: its channel
 * picker, same server only; Slack: a `C…`/`G…` id; console: any text). It names the channel a
 * subcommand acts on, and `canManageChannel` then answers for that channel.
 */
export type OptionType = 'string' | 'boolean' | 'integer' | 'channel';

export interface CommandOption {
  name: string;
  description: string;
  type: OptionType;
  required?: boolean;
  /** The only values allowed, with a human label for each. */
  choices?: readonly { name: string; value: string }[];
}

export interface SubcommandDefinition {
  name: string;
  description: string;
  options: readonly CommandOption[];
  /** Only members who may manage the channel can run it (Discord: Manage Channels). */
  requiresManageChannel?: boolean;
}

export interface CommandDefinition {
  name: string;
  description: string;
  /** Options of a command without subcommands. */
  options?: readonly CommandOption[];
  /** A command such as `/digest subscribe|status|...`. */
  subcommands?: readonly SubcommandDefinition[];
  run(ctx: CommandContext): Promise<Reply>;
}

export type OptionValue = string | number | boolean;

/** What an adapter knows about an invocation, in neutral terms. */
export interface CommandContext {
  platform: 'discord' | 'slack' | 'console';
  subcommand?: string;
  /** Option values by name, already typed; absent options are missing from the record. */
  options: Readonly<Record<string, OptionValue | undefined>>;
  channelId: string;
  userId: string;
  /** Discord guild or Slack team. */
  workspaceId?: string;
  /**
   * Whether the caller may manage the TARGET channel: the `channel` option when given, else this
   * one. Computed from platform permissions, and only when needed (the subcommand requires it or
   * names another channel); false when nobody asked.
   */
  canManageChannel: boolean;
  now: Date;
  services: CommandServices;
}


/** What commands may use; wired in `src/main.ts`. Later features add optional members. */
export interface CommandServices {
  /** The featured story, or undefined when no article is marked featured. */
  featured(): Promise<BriefedArticle | undefined>;
  /** Daily digests (`/digest`); absent when the bot runs without a database. */
  digests?: DigestService;
  /**
   * Fetches a page a member shared and briefs it (`/brief`); absent when news-in is not wired.
   * Expected failures (refused address, timeout, not an article) come back as `{ problem }`.
   */
  briefUrl?(url: string): Promise<BriefedArticle | { problem: string }>;
}

export type BriefView = 'brief' | 'summary' | 'quotes';



/** A command's answer. Adapters render each kind; `private` means only the caller sees it. */
export type Reply =
  | { kind: 'brief'; item: BriefedArticle; view: BriefView; private: boolean }
  | { kind: 'article'; item: BriefedArticle; private: boolean }
  | { kind: 'digest'; digest: Digest; private: boolean }
  | { kind: 'text'; text: string; private: boolean }
  | { kind: 'error'; message: string; private: true };

export const errorReply = (message: string): Reply => ({ kind: 'error', message, private: true });
