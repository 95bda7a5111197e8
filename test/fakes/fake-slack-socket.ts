import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A local Socket Mode endpoint: a WebSocket server on 127.0.0.1 that greets each client with
 * `hello` like Slack, sends envelopes and hands back the client's acknowledgement. Give its `url`
 * to `FakeSlackApi.socketModeUrl` so `apps.connections.open` points the bot here.
 */
export class FakeSlackSocket {
  private client: WebSocket | undefined;
  private readonly waiting = new Map<string, (payload: unknown) => void>();
  private readonly connection: Promise<void>;

  private constructor(
    private readonly server: WebSocketServer,
    readonly url: string,
  ) {
    this.connection = new Promise((resolve) => {
      server.on('connection', (socket) => {
        this.client = socket;
        socket.on('message', (data) => this.onMessage(String(data)));
        socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0APP' }, debug_info: { host: 'fake', approximate_connection_time: 3600 } }));
        resolve();
      });
    });
  }

  static async start(): Promise<FakeSlackSocket> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', resolve));
    return new FakeSlackSocket(server, `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`);
  }

  /** Resolves once a client has connected and been greeted. */
  connected(): Promise<void> {
    return this.connection;
  }

  /** Sends one envelope (e.g. `slash_commands` with the command as payload); resolves with the client's ack payload. */
  async send(type: string, payload: Record<string, unknown>): Promise<unknown> {
    await this.connection;
    const envelopeId = randomUUID();
    const acked = new Promise<unknown>((resolve) => this.waiting.set(envelopeId, resolve));
    this.client!.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: true }));
    return acked;
  }

  async close(): Promise<void> {
    for (const socket of this.server.clients) socket.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private onMessage(text: string): void {
    const message = JSON.parse(text) as { envelope_id?: string; payload?: unknown };
    if (!message.envelope_id) return;
    this.waiting.get(message.envelope_id)?.(message.payload);
    this.waiting.delete(message.envelope_id);
  }
}
