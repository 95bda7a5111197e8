import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { discordMessageObject } from './fake-discord-objects.js';
import { bucketHeaders, FixedWindow, rateLimited } from './fake-discord-rate-limits.js';

/**
 * A local stand-in for Discord's REST API (v10), as far as farewell-bot uses it: a real HTTP server
 * on 127.0.0.1 (port 0). Point the bot at it with `DISCORD_API_URL = fake.apiUrl` (discord.js
 * `rest: { api }` or `new REST({ api })`).
 *
 * Routes: interaction callbacks, webhook follow-ups and `@original` edits/deletes (no bot token
 * needed, as on Discord), channel messages (bot token; `nonce` + `enforce_nonce` return the first
 * message instead of a duplicate), and bulk overwrite / list of global and guild commands.
 * Every request is recorded in `requests`. Failures are injected with `failNext`, or come from the
 * configured limits (429 with `Retry-After` and `X-RateLimit-*` headers, like Discord).
 */
export interface FakeDiscordOptions {
  /** Bot tokens accepted (`Authorization: Bot <token>`); default `['test-token']`. */
  tokens?: string[];
  /** Global limit on bot-token requests (Discord: 50 a second); off unless set. */
  globalRequestsPerSecond?: number;
  /** Per-channel message bucket (commonly 5 per 5 s); off unless set. */
  channelMessageLimit?: { messages: number; perMs: number };
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
}

/** A failure to answer instead of the normal response: a 429 (with `Retry-After`), or a Discord error code. */
export type InjectedFailure = { status: 429; retryAfterSeconds: number; global?: boolean } | { status: number; code: number; message: string };

/** The bot user the fake says posted channel messages. */
const BOT_USER_ID = '1000000000000000099';

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };
type Json = Record<string, any>;

export class FakeDiscordApi {
  /** Use as `DISCORD_API_URL`. */
  readonly apiUrl: string;
  readonly requests: RecordedRequest[] = [];
  /** Messages by channel id (`/channels/{id}/messages`) or interaction token (follow-ups), in order. */
  readonly messages = new Map<string, Json[]>();
  /** The last body sent to `@original` per interaction token (the deferred answer's edit). */
  readonly originals = new Map<string, Json>();
  private readonly commandSets = new Map<string, Json[]>();
  private readonly failures: { method: string; path: RegExp; failure: InjectedFailure }[] = [];
  private readonly channelErrors = new Map<string, { status: number; code: number; message: string }>();
  private readonly channelWindows = new Map<string, FixedWindow>();
  private readonly globalWindow?: FixedWindow;
  private readonly events = new EventEmitter();
  private nextId = 1_300_000_000_000_000_000n;

  private constructor(
    private readonly server: Server,
    private readonly options: FakeDiscordOptions,
  ) {
    this.apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
    if (options.globalRequestsPerSecond) this.globalWindow = new FixedWindow(options.globalRequestsPerSecond, 1000);
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscordApi> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const fake = new FakeDiscordApi(server, options);
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

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    let body: unknown = text || undefined;
    let answer: Answer;
    try {
      if (text && req.headers['content-type']?.includes('json')) body = JSON.parse(text);
      answer = this.answer(method, path, body, req.headers.authorization);
    } catch {
      answer = { status: 400, body: { message: '400: Bad Request', code: 50109 } };
    }
    const recorded: RecordedRequest = { method, path, query: Object.fromEntries(url.searchParams), authorization: req.headers.authorization, body, status: answer.status };
    this.requests.push(recorded);
    this.events.emit('request', recorded);
    const payload = answer.body === undefined ? '' : JSON.stringify(answer.body);
    res.writeHead(answer.status, { ...(payload ? { 'content-type': 'application/json' } : {}), ...answer.headers });
    res.end(payload);
  }

  private answer(method: string, path: string, body: any, authorization: string | undefined): Answer {
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
    const global = this.globalWindow?.take(Date.now());
    if (global && !global.allowed) return failureAnswer({ status: 429, retryAfterSeconds: global.retryAfterMs / 1000, global: true });

    m = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (m && method === 'POST') return this.createMessage(m[1]!, body);
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

  private createMessage(channelId: string, body: Json): Answer {
    const error = this.channelErrors.get(channelId);
    if (error) return { status: error.status, body: { message: error.message, code: error.code } };
    let headers: Record<string, string> | undefined;
    const limit = this.options.channelMessageLimit;
    if (limit) {
      const window = this.channelWindows.get(channelId) ?? new FixedWindow(limit.messages, limit.perMs);
      this.channelWindows.set(channelId, window);
      const state = window.take(Date.now());
      if (!state.allowed) return failureAnswer({ status: 429, retryAfterSeconds: state.retryAfterMs / 1000 });
      headers = bucketHeaders(limit.messages, state.remaining, state.resetAfterMs, 'channel-messages');
    }
    const existing = body.enforce_nonce ? (this.messages.get(channelId) ?? []).find((msg) => msg.nonce === body.nonce) : undefined;
    if (existing) return { status: 200, body: existing, headers };
    return { status: 200, body: this.store(channelId, discordMessageObject(this.snowflake(), BOT_USER_ID, { ...body, channel_id: channelId })), headers };
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

function failureAnswer(failure: InjectedFailure): Answer {
  if (failure.status === 429 && 'retryAfterSeconds' in failure) {
    const limited = rateLimited(failure.retryAfterSeconds, failure.global ? 'global' : 'user');
    return { status: 429, headers: limited.headers, body: limited.body };
  }
  const { status, code, message } = failure as { status: number; code: number; message: string };
  return { status, body: { message, code } };
}
