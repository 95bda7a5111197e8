import { Agent, fetch } from 'undici';
import { type AddressPolicy, anyAddress, BlockedAddressError, guardedLookup, ipLiteral, publicAddressesOnly, type Resolver, systemResolver } from './address-guard.js';

export const USER_AGENT = 'farewell-bot/0.1 (music-news bot for Discord and Slack; +https://github.com/farewell-bot/farewell-bot)';

export interface FetchLimits {
  /** Whole request, body included. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export interface SafeFetcherOptions extends Partial<FetchLimits> {
  /** Refuse private, loopback and link-local addresses (on every hop) unless this is true. */
  allowPrivate?: boolean;
  resolve?: Resolver;
  /** Overrides which addresses count as allowed when `allowPrivate` is false (tests only). */
  addressPolicy?: AddressPolicy;
}

export interface FetchedResponse {
  status: number;
  /** The URL after redirects. */
  url: string;
  headers: Headers;
  body: Buffer;
}

export type FetchFailureCode = 'timeout' | 'too-large' | 'too-many-redirects' | 'redirect-loop' | 'blocked-address' | 'bad-url' | 'network';

/** An expected failure of a fetch, with a message a person can act on. */
export class FetchFailure extends Error {
  constructor(
    readonly code: FetchFailureCode,
    message: string,
  ) {
    super(message);
    this.name = 'FetchFailure';
  }
}

export type SafeFetch = (url: string, headers?: Record<string, string>) => Promise<FetchedResponse>;

const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5_000_000, maxRedirects: 5 };

/**
 * An HTTP(S) GET that follows redirects itself, so each hop is checked, with a time limit and a
 * size cap over the whole exchange. Status codes other than 3xx are returned, not thrown.
 */
export function createSafeFetch(options: SafeFetcherOptions = {}): SafeFetch {
  const limits: FetchLimits = {
    timeoutMs: options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs,
    maxBytes: options.maxBytes ?? DEFAULT_LIMITS.maxBytes,
    maxRedirects: options.maxRedirects ?? DEFAULT_LIMITS.maxRedirects,
  };
  const allowed = options.allowPrivate ? anyAddress : (options.addressPolicy ?? publicAddressesOnly);
  const dispatcher = new Agent({ connect: { lookup: guardedLookup(options.resolve ?? systemResolver, allowed) } });

  return async (startUrl, headers = {}) => {
    const signal = AbortSignal.timeout(limits.timeoutMs);
    const seen = new Set<string>();
    let url = parseHttpUrl(startUrl);
    try {
      for (let hop = 0; ; hop++) {
        const literal = ipLiteral(url);
        if (literal && !allowed(literal)) throw new BlockedAddressError(url.hostname, literal);
        seen.add(url.href);
        const response = await fetch(url, { dispatcher, redirect: 'manual', signal, headers: { 'user-agent': USER_AGENT, ...headers } });
        const location = response.headers.get('location');
        if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
          await response.body?.cancel();
          if (hop >= limits.maxRedirects) throw new FetchFailure('too-many-redirects', `more than ${limits.maxRedirects} redirects from ${startUrl}`);
          url = parseHttpUrl(location, url);
          if (seen.has(url.href)) throw new FetchFailure('redirect-loop', `redirect loop: ${url.href} redirects back to itself`);
          continue;
        }
        const body = await readCapped(response, limits.maxBytes, url.href);
        return { status: response.status, url: url.href, headers: response.headers, body };
      }
    } catch (error) {
      throw asFetchFailure(error, url.href, limits);
    }
  };
}

function parseHttpUrl(text: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new FetchFailure('bad-url', `not a URL: ${text}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchFailure('bad-url', `only http and https links can be fetched, not ${url.protocol}`);
  return url;
}

async function readCapped(response: Awaited<ReturnType<typeof fetch>>, maxBytes: number, url: string): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  const tooLarge = () => new FetchFailure('too-large', `${url} is larger than ${maxBytes} bytes`);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function asFetchFailure(error: unknown, url: string, limits: FetchLimits): FetchFailure {
  if (error instanceof FetchFailure) return error;
  const cause = (error as { cause?: unknown }).cause;
  const root = cause instanceof Error ? cause : (error as Error);
  if (root instanceof BlockedAddressError || (error as Error) instanceof BlockedAddressError) return new FetchFailure('blocked-address', root.message);
  if (root.name === 'TimeoutError' || root.name === 'AbortError') return new FetchFailure('timeout', `${url} did not answer within ${limits.timeoutMs / 1000} s`);
  return new FetchFailure('network', `${url}: ${root.message}`);
}
