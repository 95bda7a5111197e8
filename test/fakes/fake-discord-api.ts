import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { discordMessageObject } from './fake-discord-objects.js';
import { type Answer, type DiscordLimitOptions, DiscordLimits, failureAnswer, type InjectedFailure } from './fake-discord-rate-limits.js';
import { closeNow, listenOnLoopback, readText } from './loopback-server.js';
import { busiestWindow } from './rate-windows.js';

export type { InjectedFailure } from './fake-discord-rate-limits.js';

/**
 * A local stand-in for Discord's REST API (v10), as far as farewell-bot uses it: a real HTTP server
 * on 127.0.0.1 (port 0). Point the bot at it with `DISCORD_API_URL = fake.apiUrl` (discord.js
 * `rest: { api }` or `new REST({ api })`).
 *
 * Routes: interaction callbacks, webhook follow-ups and `@original` edits/deletes (no bot token
 * needed, as on Discord), channel messages (bot token; `nonce` + `enforce_nonce` return the first
 * message instead of a duplicate), and bulk overwrite / list of global and guild commands.
 * Every request is recorded in `requests`. Failures are injected with `failNext` or
 * `missingChannels`, or come from the configured limits (429 with `Retry-After` and
 * `X-RateLimit-*` headers, like Discord); `busiestWindow` shows how close a client came to them.
 */
export interface FakeDiscordOptions extends DiscordLimitOptions {
  /** Bot tokens accepted (`Authorization: Bot <token>`); default `['test-token']`. */
  tokens?: string[];
  /** Channels that answer 404 Unknown Channel (code 10003), as deleted ones do. */
  missingChannels?: readonly string[];
}

/** One request as the fake received it. `path` is below `/api/v10`, e.g. `/channels/1/messages`. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  body: any;
  /** What the fake answered. */
  status: number;
  /** Arrival time, ms on the performance clock. */
  at: number;
}

/** A channel message the fake created (a nonce replay creates none), in arrival order. */
export interface ChannelPost {
  id: string;
  channelId: string;
  nonce: string | undefined;
  /** Arrival time, ms on the performance clock. */
  at: number;
}

/** The bot user the fake says posted channel messages. */
const BOT_USER_ID = '1000000000000000099';

type Json = Record<string, any>;

export class FakeDiscordApi {
  /** Use as `DISCORD_API_URL`. */
  readonly apiUrl: string;
  readonly requests: RecordedRequest[] = [];
  /** Messages by channel id (`/channels/{id}/messages`) or interaction token (follow-ups), in order. */
  readonly messages = new Map<string, Json[]>();
  /** The last body sent to `@original` per interaction token (the deferred answer's edit). */
  readonly originals = new Map<string, Json>();
  /** Every channel message created, with its arrival time, for rate measurements. */
  readonly posts: ChannelPost[] = [];
  /** Posts that repeated a nonce with `enforce_nonce` and got the first message back. */
  nonceReplays = 0;
  private readonly commandSets = new Map<string, Json[]>();
  private readonly failures: { method: string; path: RegExp; failure: InjectedFailure }[] = [];
  private readonly channelErrors = new Map<string, { status: number; code: number; message: string }>();
  private readonly limits: DiscordLimits;
  private readonly events = new EventEmitter();
  private nextId = 1_300_000_000_000_000_000n;

  private constructor(
    private readonly server: Server,
    origin: string,
    private readonly options: FakeDiscordOptions,
  ) {
    this.apiUrl = `${origin}/api`;
    this.limits = new DiscordLimits(options);
    const notFound = { status: 404, code: 10003, message: 'Unknown Channel' };
    for (const channelId of options.missingChannels ?? []) this.channelErrors.set(channelId, notFound);
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscordApi> {
    const server = createServer();
    const fake = new FakeDiscordApi(server, await listenOnLoopback(server), options);
    server.on('request', (req, res) => void fake.handle(req, res));
    return fake;
  }

  /** The next `times` requests matching `method` and `path` (below `/api/v10`) get `failure` instead. */
  failNext(method: string, path: RegExp, failure: InjectedFailure, times = 1): void {
    for (let i = 0; i < times; i++) this.failures.push({ method, path, failure });
  }

  /** Every message post to this channel fails this way from now on (e.g. 404 / 10003 for a deleted channel). */
  setChannelError(channelId: string, error: { status: number; code: number; message: string }): void {
    this.channelErrors.set(channelId, error);
  }

  /** 429s the configured limits answered (injected ones not counted). */
  get rateLimited(): number {
    return this.limits.rateLimited;
  }

  /** The most bot-token requests let through in any window of `perMs` (429s and 401s not counted). */
  busiestWindow(perMs = this.options.globalLimit?.perMs ?? 1000): number {
    const through = this.requests.filter((r) => r.status !== 429 && r.status !== 401 && r.authorization?.startsWith('Bot '));
    return busiestWindow(through.map((r) => r.at), perMs);
  }

  /** The commands registered globally, or in a guild. */
  commands(applicationId: string, guildId?: string): Json[] {
    return this.commandSets.get(`${applicationId}/${guildId ?? ''}`) ?? [];
  }

  /** Resolves with the first request (already received or still to come) that matches. */
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs = 5_000): Promise<RecordedRequest> {
    const seen = this.requests.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('fake Discord: the expected request never came')), timeoutMs);
      const listener = (r: RecordedRequest) => {
        if (!match(r)) return;
        clearTimeout(timer);
        this.events.off('request', listener);
        resolve(r);
      };
      this.events.on('request', listener);
    });
  }

  close(): Promise<void> {
    return closeNow(this.server);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const text = await readText(req);
    const method = req.method ?? 'GET';
    let body: unknown = text || undefined;
    let answer: Answer;
    try {
      if (text && req.headers['content-type']?.includes('json')) body = JSON.parse(text);
      answer = this.answer(method, path, body, req.headers.authorization, at);
    } catch {
      answer = { status: 400, body: { message: '400: Bad Request', code: 50109 } };
    }
    const recorded: RecordedRequest = { method, path, query: Object.fromEntries(url.searchParams), authorization: req.headers.authorization, body, status: answer.status, at };
    this.requests.push(recorded);
    this.events.emit('request', recorded);
    const payload = answer.body === undefined ? '' : JSON.stringify(answer.body);
    res.writeHead(answer.status, { ...(payload ? { 'content-type': 'application/json' } : {}), ...answer.headers });
    res.end(payload);
  }

  private answer(method: string, path: string, body: any, authorization: string | undefined, at: number): Answer {
    const injected = this.failures.findIndex((f) => f.method === method && f.path.test(path));
    if (injected >= 0) return failureAnswer(this.failures.splice(injected, 1)[0]!.failure);

    let m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (m && method === 'POST') return { status: 204 };
    m = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(path);
    if (m) return this.webhook(method, m[1]!, m[2]!, Boolean(m[3]), body);

    const tokens = this.options.tokens ?? ['test-token'];
    if (!authorization?.startsWith('Bot ') || !tokens.includes(authorization.slice('Bot '.length))) {
      return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    }
    const limited = this.limits.takeGlobal(at);
    if (limited) return limited;

    m = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (m && method === 'POST') return this.createMessage(m[1]!, body, at);
    m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
    if (m && method === 'PUT') return this.overwriteCommands(m[1]!, m[2], body);
    if (m && method === 'GET') return { status: 200, body: this.commands(m[1]!, m[2]) };
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  private webhook(method: string, applicationId: string, token: string, original: boolean, body: Json): Answer {
    if (original && method === 'DELETE') return { status: 204 };
    if (original && method === 'PATCH') {
      this.originals.set(token, body);
      return { status: 200, body: discordMessageObject(this.snowflake(), applicationId, body) };
    }
    if (!original && method === 'POST') return { status: 200, body: this.store(token, discordMessageObject(this.snowflake(), applicationId, body)) };
    return { status: 405, body: { message: '405: Method Not Allowed', code: 0 } };
  }

  private createMessage(channelId: string, body: Json, at: number): Answer {
    const error = this.channelErrors.get(channelId);
    if (error) return { status: error.status, body: { message: error.message, code: error.code } };
    const bucket = this.limits.takeChannel(channelId, at);
    if ('limited' in bucket) return bucket.limited;
    const { headers } = bucket;
    const existing = body.enforce_nonce && body.nonce !== undefined ? (this.messages.get(channelId) ?? []).find((msg) => msg.nonce === body.nonce) : undefined;
    if (existing) {
      this.nonceReplays++;
      return { status: 200, body: existing, headers };
    }
    const message = this.store(channelId, discordMessageObject(this.snowflake(), BOT_USER_ID, { ...body, channel_id: channelId }));
    this.posts.push({ id: message.id, channelId, nonce: body.nonce, at });
    return { status: 200, body: message, headers };
  }

  private overwriteCommands(applicationId: string, guildId: string | undefined, body: Json[]): Answer {
    const key = `${applicationId}/${guildId ?? ''}`;
    const before = this.commandSets.get(key) ?? [];
    // Like Discord: a command that keeps its name keeps its id.
    const registered = body.map((command) => ({
      ...command,
      id: before.find((b) => b.name === command.name)?.id ?? this.snowflake(),
      application_id: applicationId,
      ...(guildId ? { guild_id: guildId } : {}),
      version: '1',
    }));
    this.commandSets.set(key, registered);
    return { status: 200, body: registered };
  }

  private store(key: string, message: Json): Json {
    this.messages.set(key, [...(this.messages.get(key) ?? []), message]);
    return message;
  }

  private snowflake(): string {
    return String(this.nextId++);
  }
}
