import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeNow, listenOnLoopback } from '../fakes/loopback-server.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A test HTTP server on 127.0.0.1 and a free port; routes by path. Records every request. */
export async function startFixtureServer(routes: Record<string, Handler>): Promise<{ url: (path: string) => string; requests: IncomingMessage[]; close: () => Promise<void>; server: Server }> {
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    requests.push(req);
    const handler = routes[(req.url ?? '/').split('?')[0]!];
    if (handler) return handler(req, res);
    res.writeHead(404).end('not found');
  });
  const origin = await listenOnLoopback(server);
  return { server, requests, url: (path) => `${origin}${path}`, close: () => closeNow(server) };
}

export const send = (body: string | Buffer, headers: Record<string, string> = {}, status = 200): Handler => (_req, res) => {
  res.writeHead(status, { 'content-type': 'application/rss+xml; charset=utf-8', ...headers });
  res.end(body);
};

/** A small RSS 2.0 feed; each item is [guid, title, link, description]. */
export function rss(items: [string, string, string, string][], pubDate = 'Wed, 25 Nov 2026 08:00:00 GMT'): string {
  const xml = items
    .map(([guid, title, link, description]) => `<item><guid isPermaLink="false">${guid}</guid><title>${title}</title><link>${link}</link><pubDate>${pubDate}</pubDate><description><![CDATA[${description}]]></description></item>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test feed</title><link>https://example.org/</link>${xml}</channel></rss>`;
}

/** An article body of `n` sentences about a subject, long enough not to be an excerpt. */
export function longStory(subject: string, n = 14): string {
  const sentences = Array.from({ length: n }, (_, i) => `${subject} played song number ${i + 1} to a crowd of ${1000 + i * 37} fans who sang every word back.`);
  return sentences.map((s) => `<p>${s}</p>`).join('');
}
