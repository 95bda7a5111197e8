import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Discord's "create message" route that enforces the real rate limits: the
 * global 50 requests/s per bot and a per-channel route bucket, both as sliding windows (stricter
 * than Discord), answering 429 with `Retry-After` and `X-RateLimit-Global` like Discord does.
 * A repeated `nonce` with `enforce_nonce` returns the first message, as Discord does. Listens on
 * 127.0.0.1, port 0; point discord.js's REST at `apiUrl`.
 */
export interface RateLimitedDiscordOptions {
  global?: { requests: number; perMs: number };
  perChannel?: { requests: number; perMs: number };
  /** Channels that answer 404 Unknown Channel (code 10003). */
  missingChannels?: readonly string[];
}

export interface AcceptedMessage {
  id: string;
  channelId: string;
  nonce: string | undefined;
  content: unknown;
  /** Arrival time, ms (performance clock). */
  at: number;
}

export class RateLimitedDiscordApi {
  readonly messages: AcceptedMessage[] = [];
  rateLimited = 0;
  /** Requests that repeated a nonce and got the first message back instead of a new one. */
  nonceReplays = 0;
  private readonly globalTimes: number[] = [];
  private readonly channelTimes = new Map<string, number[]>();

  private constructor(private readonly server: Server, readonly apiUrl: string, private readonly options: Required<RateLimitedDiscordOptions>) {}

  static async start(options: RateLimitedDiscordOptions = {}): Promise<RateLimitedDiscordApi> {
    let fake: RateLimitedDiscordApi | undefined;
    const server = createServer((req, res) => void fake!.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
    fake = new RateLimitedDiscordApi(server, url, {
      global: options.global ?? { requests: 50, perMs: 1000 },
      perChannel: options.perChannel ?? { requests: 5, perMs: 5000 },
      missingChannels: options.missingChannels ?? [],
    });
    return fake;
  }

  /** The most messages accepted in any window of `perMs` (the limit says at most `requests`). */
  busiestWindow(perMs = this.options.global.perMs): number {
    const times = this.messages.map((m) => m.at).sort((a, b) => a - b);
    let most = 0;
    for (let start = 0, end = 0; end < times.length; end++) {
      while (times[end]! - times[start]! >= perMs) start++;
      most = Math.max(most, end - start + 1);
    }
    return most;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const channelId = /^\/api\/v\d+\/channels\/(\d+)\/messages$/.exec(req.url ?? '')?.[1];
    if (req.method !== 'POST' || !channelId) return send(res, 404, { message: '404: Not Found', code: 0 });
    if (!/^Bot \S+/.test(req.headers.authorization ?? '')) return send(res, 401, { message: '401: Unauthorized', code: 0 });
    const now = performance.now();
    const globalWait = waitFor(this.globalTimes, this.options.global, now);
    if (globalWait > 0) return this.limited(res, globalWait, true);
    const times = this.channelTimes.get(channelId) ?? [];
    this.channelTimes.set(channelId, times);
    const routeWait = waitFor(times, this.options.perChannel, now);
    if (routeWait > 0) return this.limited(res, routeWait, false);
    this.globalTimes.push(now);
    times.push(now);
    if (this.options.missingChannels.includes(channelId)) return send(res, 404, { message: 'Unknown Channel', code: 10003 });
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { nonce?: string; enforce_nonce?: boolean; content?: unknown; embeds?: unknown };
    const earlier = body.enforce_nonce && body.nonce ? this.messages.find((m) => m.channelId === channelId && m.nonce === body.nonce) : undefined;
    if (earlier) {
      this.nonceReplays++;
      return send(res, 200, { id: earlier.id, channel_id: channelId, nonce: earlier.nonce });
    }
    const message: AcceptedMessage = { id: String(1_000_000_000_000_000_000n + BigInt(this.messages.length)), channelId, nonce: body.nonce, content: body.content ?? body.embeds, at: now };
    this.messages.push(message);
    return send(res, 200, { id: message.id, channel_id: channelId, nonce: message.nonce });
  }

  private limited(res: ServerResponse, waitMs: number, global: boolean): void {
    this.rateLimited++;
    const seconds = (Math.ceil(waitMs) / 1000).toFixed(3);
    const headers: Record<string, string> = { 'retry-after': seconds, 'x-ratelimit-scope': global ? 'global' : 'user' };
    if (global) headers['x-ratelimit-global'] = 'true';
    send(res, 429, { message: 'You are being rate limited.', retry_after: Number(seconds), global }, headers);
  }
}

/** Drops timestamps that left the window; how long until one more request fits (0: now). */
function waitFor(times: number[], limit: { requests: number; perMs: number }, now: number): number {
  while (times.length && now - times[0]! >= limit.perMs) times.shift();
  return times.length < limit.requests ? 0 : times[0]! + limit.perMs - now;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
