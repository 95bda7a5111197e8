/**
 * `npm run bench:discord`: latency of signed `/farewell` interactions over loopback, next to signed
 * PINGs on the same server (the floor: HTTP + signature check). 2,000 of each, one at a time,
 * alternating, after a warm-up. Target: `/farewell` p99 under 20 ms.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { commands } from '../commands/index.js';
import { createDiscordAdapter } from '../src/adapters/discord/discord-adapter.js';
import { loadConfig } from '../src/config.js';
import { ArticleLibrary } from '../src/news/article-library.js';
import { HttpServer } from '../src/server/http-server.js';

const COUNT = 2_000;
const WARM_UP = 200;

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
// Follow-ups would go here; a brief is answered in the HTTP response, so nothing is sent.
const config = loadConfig({ DISCORD_PUBLIC_KEY: publicKeyHex, DISCORD_APPLICATION_ID: '1100000000000000001', DISCORD_API_URL: 'http://127.0.0.1:9/api' });
const log = pino({ level: 'silent' });
const library = await new ArticleLibrary(fileURLToPath(new URL('../data/articles', import.meta.url))).load();
const server = new HttpServer(log);
createDiscordAdapter({ config, log, server, commands, services: { featured: async () => library.featured() } });
const port = await server.listen(0, '127.0.0.1');
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

const farewell = (i: number) =>
  JSON.stringify({
    type: 2, id: String(1200000000000000000n + BigInt(i)), application_id: '1100000000000000001', token: `bench-${i}`,
    guild_id: '1000000000000000001', channel_id: '1000000000000000002',
    member: { user: { id: '1000000000000000003' }, permissions: '0' }, data: { name: 'farewell', type: 1 },
  });
const ping = () => JSON.stringify({ type: 1 });

/** Signs like Discord (timestamp + body) before the clock starts: the bot's cost is what is measured. */
function signed(body: string) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return { body, timestamp, signature: sign(null, Buffer.from(timestamp + body), privateKey).toString('hex') };
}

function send({ body, timestamp, signature }: ReturnType<typeof signed>): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request({ host: '127.0.0.1', port, path: '/discord/interactions', method: 'POST', agent, headers: {
      'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp,
    } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const farewellRequests = Array.from({ length: WARM_UP + COUNT }, (_, i) => signed(farewell(i)));
const pingRequests = Array.from({ length: WARM_UP + COUNT }, () => signed(ping()));
const times = { farewell: [] as number[], ping: [] as number[] };
for (let i = 0; i < WARM_UP + COUNT; i++) {
  const f = await send(farewellRequests[i]!);
  const p = await send(pingRequests[i]!);
  if (i >= WARM_UP) times.farewell.push(f), times.ping.push(p);
}
agent.destroy();
await server.close();

const pct = (list: number[], p: number) => list[Math.min(list.length - 1, Math.floor(p * list.length))]!.toFixed(2);
console.log(`Discord HTTP interactions over loopback: ${COUNT} signed requests each, one at a time, after ${WARM_UP} warm-up`);
for (const [name, list] of Object.entries(times)) {
  list.sort((a, b) => a - b);
  console.log(`  ${name.padEnd(9)} ms  p50 ${pct(list, 0.5)}   p90 ${pct(list, 0.9)}   p99 ${pct(list, 0.99)}   max ${list.at(-1)!.toFixed(2)}`);
}
const p99 = Number(pct(times.farewell, 0.99));
console.log(`  /farewell p99 ${p99 < 20 ? 'meets' : 'MISSES'} the target (< 20 ms)`);
