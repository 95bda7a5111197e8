import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logger.js';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
export type HealthCheck = () => boolean | Promise<boolean>;

/**
 * The one HTTP server of the process: Discord's interactions endpoint, Slack's events endpoint
 * and `GET /healthz` share a port. Adapters add their routes before `listen`.
 */
export class HttpServer {
  private readonly routes = new Map<string, RouteHandler>();
  private readonly checks = new Map<string, HealthCheck>();
  readonly server: Server;

  constructor(private readonly log: Logger) {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.route('GET', '/healthz', (_req, res) => this.health(res));
  }

  route(method: string, path: string, handler: RouteHandler): void {
    this.routes.set(`${method} ${path}`, handler);
  }

  /** A named check reported by `/healthz`; the endpoint answers 503 when any fails. */
  healthCheck(name: string, check: HealthCheck): void {
    this.checks.set(name, check);
  }

  async listen(port: number, host = '0.0.0.0'): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolve());
    });
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    if (!this.server.listening) return;
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    const handler = this.routes.get(`${req.method} ${path}`);
    try {
      if (handler) return await handler(req, res);
      const known = [...this.routes.keys()].some((key) => key.endsWith(` ${path}`));
      sendJson(res, known ? 405 : 404, { error: known ? 'method not allowed' : 'not found' });
    } catch (error) {
      this.log.error({ err: error, path }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    }
  }

  private async health(res: ServerResponse): Promise<void> {
    const results: Record<string, boolean> = {};
    for (const [name, check] of this.checks) {
      try {
        results[name] = await check();
      } catch {
        results[name] = false;
      }
    }
    const ok = Object.values(results).every(Boolean);
    sendJson(res, ok ? 200 : 503, { ok, checks: results });
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** Reads a request body up to a limit, so a huge request cannot exhaust memory. */
export async function readBody(req: IncomingMessage, limitBytes = 1_000_000): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw Object.assign(new Error('request body too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
