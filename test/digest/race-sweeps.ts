import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SweepReport } from './scheduler-process.js';

const SCRIPT = fileURLToPath(new URL('./scheduler-process.ts', import.meta.url));

/**
 * Starts `count` separate bot processes on one database file and, once every one is ready, tells
 * them all to sweep at the same moment, so their claims on the same digests really overlap.
 */
export async function raceSweeps(databasePath: string, nowIso: string, count: number): Promise<SweepReport[]> {
  const children = Array.from({ length: count }, () => fork(SCRIPT, [databasePath, nowIso], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  try {
    await Promise.all(children.map((child) => nextMessage(child)));
    const reports = children.map((child) => nextMessage(child) as Promise<SweepReport>);
    for (const child of children) child.send('go');
    return await Promise.all(reports);
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
  }
}

function nextMessage(child: ChildProcess): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the bot process exited with ${code} before answering`));
    child.once('exit', onExit);
    child.once('message', (message) => {
      child.off('exit', onExit);
      resolve(message);
    });
    child.once('error', reject);
  });
}
