/**
 * `npm run bench:start`: how long `npm start`'s entry (node --import tsx src/main.ts, console mode)
 * takes from launch to ready (the featured brief printed), and its resident memory after answering
 * 1,000 commands typed on standard input. Targets: ready < 2 s, < 200 MB.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { settingNames } from '../src/config.js';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 5;
const COMMANDS = 1000;
const MIX = ['/farewell', '/farewell quotes', '/farewell summary', '/farewell article', '/help', '/farewell bogus'];
const END_MARKER = '/farewell end-of-bench';

function launch(): ChildProcessWithoutNullStreams {
  const blank = Object.fromEntries(settingNames.map((name) => [name, '']));
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, ...blank, DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'bench-start-')), 'bot.db') };
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: projectDir, env });
}

/** Resolves with the milliseconds since `since` once the child's standard output contains `text`. */
function waitFor(child: ChildProcessWithoutNullStreams, text: string, since: number): Promise<number> {
  let seen = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-4000);
      if (!seen.includes(text)) return;
      child.stdout.off('data', onData);
      resolve(performance.now() - since);
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`bot exited with ${code} before "${text}"`)));
  });
}

const memoryMb = (pid: number, field: 'VmRSS' | 'VmHWM') => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(field));
  return Number(line?.match(/\d+/)?.[0]) / 1024;
};

const readyTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  const child = launch();
  readyTimes.push(await waitFor(child, 'Sourcing:', started));
  child.stdin.end();
  await new Promise((resolve) => child.once('exit', resolve));
}
readyTimes.sort((a, b) => a - b);

const child = launch();
await waitFor(child, 'Sourcing:', performance.now());
const rssAtReady = memoryMb(child.pid!, 'VmRSS');
const lines = Array.from({ length: COMMANDS }, (_, i) => MIX[i % MIX.length]).join('\n');
const sent = performance.now();
const answered = waitFor(child, 'end-of-bench', sent);
child.stdin.write(`${lines}\n${END_MARKER}\n`);
const answerMs = await answered;
const rss = memoryMb(child.pid!, 'VmRSS');
const peak = memoryMb(child.pid!, 'VmHWM');
child.stdin.end();
await new Promise((resolve) => child.once('exit', resolve));

console.log(`start-up (console mode, node --import tsx src/main.ts), ${RUNS} runs`);
console.log(`  ready            median ${readyTimes[Math.floor(RUNS / 2)]!.toFixed(0)} ms   min ${readyTimes[0]!.toFixed(0)}   max ${readyTimes[RUNS - 1]!.toFixed(0)}   (target < 2000 ms)`);
console.log(`  RSS at ready     ${rssAtReady.toFixed(0)} MB`);
console.log(`  ${COMMANDS} commands    answered in ${answerMs.toFixed(0)} ms (${((COMMANDS / answerMs) * 1000).toFixed(0)} commands/s; mix: ${MIX.join(', ')})`);
console.log(`  RSS after them   ${rss.toFixed(0)} MB   peak ${peak.toFixed(0)} MB   (target < 200 MB)`);
