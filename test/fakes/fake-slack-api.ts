import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeNow, listenOnLoopback, readText } from './loopback-server.js';
import { SlidingWindow } from './rate-windows.js';

/**
 * A local stand-in for the Slack Web API, as far as farewell-bot uses it: a real HTTP server on
 * 127.0.0.1 (port 0) that reads form or JSON bodies like Slack, checks `Authorization: Bearer`,
 * answers `ok:false` errors, 429 + `Retry-After` on demand or when a per-channel limit is passed,
 * and records every call. Point the bot at it with `SLACK_API_URL = fake.apiUrl`.
 *
 * Methods: `auth.test`, `chat.postMessage`, `chat.postEphemeral`, `conversations.history`
 * (newest first; `metadata` only with `include_all_metadata`), `conversations.info`, `users.info`,
 * `apps.connections.open` (answers `socketModeUrl`). Others answer `unknown_method`. Slash-command `response_url`s point at `responseUrl(id)`.
 */
export interface FakeSlackOptions {
  /** Bot and app tokens accepted; default `['xoxb-test', 'xapp-test']`. */
  tokens?: string[];
  /** Per-channel `chat.postMessage` limit (Slack: about 1 a second); off unless set. */
  channelRateLimit?: { messages: number; perMs: number };
}

/** One Web API call as the fake received it; `body` has JSON-looking form fields (blocks, metadata) decoded. */
export interface RecordedCall {
  method: string;
  token: string | undefined;
  body: Record<string, unknown>;
  /** What the fake answered: 200, or the injected/limit status. */
  status: number;
}

/** A message the fake stored for `conversations.history`. */
export interface StoredMessage {
  ts: string;
  text?: string;
  blocks?: unknown[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

/** What the next call(s) to a method answer instead: an HTTP status (429 gets `Retry-After`) or a Slack error code. */
export type InjectedFailure = { status: number; retryAfterSeconds?: number } | { error: string };

export interface FakeChannel {
  id: string;
  name?: string;
  creator?: string;
  archived?: boolean;
}

export interface FakeUser {
  id: string;
  isAdmin?: boolean;
  isOwner?: boolean;
}

export class FakeSlackApi {
  /** Every Web API call, in arrival order. */
  readonly calls: RecordedCall[] = [];
  /** Every POST to a `response_url`, in arrival order. */
  readonly responses: { id: string; body: Record<string, unknown> }[] = [];
  /** What `apps.connections.open` hands out (see `FakeSlackSocket`); unset, it refuses. */
  socketModeUrl: string | undefined;
  private readonly failures = new Map<string, InjectedFailure[]>();
  private readonly channels = new Map<string, FakeChannel & { messages: StoredMessage[]; posts?: SlidingWindow }>();
  private readonly users = new Map<string, FakeUser>();
  private tsCounter = 0;

  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
    private readonly options: FakeSlackOptions,
  ) {}

  /** Starts the fake on 127.0.0.1 with a free port. */
  static async start(options: FakeSlackOptions = {}): Promise<FakeSlackApi> {
    let fake: FakeSlackApi | undefined;
    const server = createServer((req, res) => void fake!.handle(req, res));
    fake = new FakeSlackApi(server, await listenOnLoopback(server), options);
    return fake;
  }

  /** The Web API base, for `SLACK_API_URL` / `slackApiUrl`. */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  /** A `response_url` for a slash command; posts to it land in `responses` with this id. */
  responseUrl(id = 'r1'): string {
    return `${this.baseUrl}/respond/${id}`;
  }

  /** The next `times` calls to `method` fail this way, then it works again. */
  failNext(method: string, failure: InjectedFailure, times = 1): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...Array<InjectedFailure>(times).fill(failure)]);
  }

  /** Declares a channel (channels are otherwise created on first use, with no creator). */
  addChannel(channel: FakeChannel): void {
    this.channels.set(channel.id, { ...this.channelState(channel.id), ...channel });
  }

  addUser(user: FakeUser): void {
    this.users.set(user.id, user);
  }

  /** Messages posted to a channel, oldest first. */
  messages(channelId: string): StoredMessage[] {
    return [...(this.channels.get(channelId)?.messages ?? [])];
  }

  /** The recorded calls to one method. */
  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  close(): Promise<void> {
    return closeNow(this.server);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const body = parseBody(req.headers['content-type'] ?? '', await readText(req));
    const respondMatch = /^\/respond\/(.+)$/u.exec(url.pathname);
    if (req.method === 'POST' && respondMatch) {
      this.responses.push({ id: respondMatch[1]!, body });
      return send(res, 200, { ok: true });
    }
    const method = /^\/api\/(.+)$/u.exec(url.pathname)?.[1];
    if (req.method !== 'POST' || !method) return send(res, 404, { ok: false, error: 'not_found' });
    const token = /^Bearer (.+)$/u.exec(req.headers.authorization ?? '')?.[1] ?? (typeof body.token === 'string' ? body.token : undefined);
    const call: RecordedCall = { method, token, body, status: 200 };
    this.calls.push(call);
    const failure = this.failures.get(method)?.shift() ?? this.rateLimit(method, body);
    if (failure && 'status' in failure) {
      call.status = failure.status;
      const headers: Record<string, string> = failure.status === 429 ? { 'retry-after': String(failure.retryAfterSeconds ?? 1) } : {};
      return send(res, failure.status, { ok: false, error: failure.status === 429 ? 'ratelimited' : 'http_error' }, headers);
    }
    if (failure) return send(res, 200, { ok: false, error: failure.error });
    if (!token) return send(res, 200, { ok: false, error: 'not_authed' });
    if (!(this.options.tokens ?? ['xoxb-test', 'xapp-test']).includes(token)) return send(res, 200, { ok: false, error: 'invalid_auth' });
    return send(res, 200, this.answer(method, body));
  }

  private rateLimit(method: string, body: Record<string, unknown>): InjectedFailure | undefined {
    const limit = this.options.channelRateLimit;
    if (!limit || method !== 'chat.postMessage' || typeof body.channel !== 'string') return undefined;
    const waitMs = this.channelState(body.channel).posts!.waitMs(Date.now());
    // Slack's Retry-After is in whole seconds.
    return waitMs > 0 ? { status: 429, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) } : undefined;
  }

  private answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    const channelId = typeof body.channel === 'string' ? body.channel : undefined;
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'farewell', team_id: 'T0FAKE', user_id: 'U0BOT', bot_id: 'B0BOT' };
      case 'chat.postMessage': {
        if (!channelId) return { ok: false, error: 'channel_not_found' };
        const channel = this.channelState(channelId);
        if (channel.archived) return { ok: false, error: 'is_archived' };
        if (!body.text && !body.blocks) return { ok: false, error: 'no_text' };
        const message: StoredMessage = { ts: this.nextTs(), ...pick(body, ['text', 'blocks', 'metadata']) };
        channel.messages.push(message);
        channel.posts?.record(Date.now());
        return { ok: true, channel: channelId, ts: message.ts, message };
      }
      case 'apps.connections.open':
        return this.socketModeUrl ? { ok: true, url: this.socketModeUrl } : { ok: false, error: 'not_allowed_token_type' };
      case 'chat.postEphemeral':
        return channelId ? { ok: true, message_ts: this.nextTs() } : { ok: false, error: 'channel_not_found' };
      case 'conversations.history': {
        if (!channelId) return { ok: false, error: 'channel_not_found' };
        const oldest = Number(body.oldest ?? 0);
        const withMetadata = body.include_all_metadata === true || body.include_all_metadata === 'true';
        const messages = this.messages(channelId)
          .filter((m) => Number(m.ts) >= oldest)
          .reverse()
          .map(({ metadata, ...m }) => (withMetadata && metadata ? { ...m, metadata } : m));
        return { ok: true, messages, has_more: false };
      }
      case 'conversations.info': {
        const channel = channelId ? this.channels.get(channelId) : undefined;
        if (!channel) return { ok: false, error: 'channel_not_found' };
        return { ok: true, channel: { id: channel.id, name: channel.name ?? channel.id, creator: channel.creator, is_archived: channel.archived === true } };
      }
      case 'users.info': {
        const user = typeof body.user === 'string' ? this.users.get(body.user) : undefined;
        if (!user) return { ok: false, error: 'user_not_found' };
        return { ok: true, user: { id: user.id, is_admin: user.isAdmin === true, is_owner: user.isOwner === true, is_primary_owner: false } };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  private channelState(id: string) {
    let channel = this.channels.get(id);
    const limit = this.options.channelRateLimit;
    if (!channel) this.channels.set(id, (channel = { id, messages: [], ...(limit ? { posts: new SlidingWindow(limit.messages, limit.perMs) } : {}) }));
    return channel;
  }

  private nextTs(): string {
    this.tsCounter += 1;
    return `${Math.floor(Date.now() / 1000)}.${String(this.tsCounter).padStart(6, '0')}`;
  }
}

/** Slack takes form bodies (objects as JSON strings) or JSON bodies; both end up as one object. */
function parseBody(contentType: string, text: string): Record<string, unknown> {
  if (!text) return {};
  if (contentType.includes('application/json')) return JSON.parse(text) as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) body[key] = /^[[{]/u.test(value) ? tryJson(value) : value;
  return body;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function pick(body: Record<string, unknown>, keys: string[]): Partial<StoredMessage> {
  return Object.fromEntries(keys.filter((k) => body[k] !== undefined).map((k) => [k, body[k]]));
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
