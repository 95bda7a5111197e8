import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared evaluation data lives next to the project, never inside it. */
export const EVAL_DIR = fileURLToPath(new URL('../../shared/eval', import.meta.url));

/** Reads a JSON Lines file from ../shared/eval, or returns null (with a message) when it is absent. */
export function readEvalSet<T>(relativePath: string): T[] | null {
  const path = `${EVAL_DIR}/${relativePath}`;
  if (!existsSync(path)) {
    console.log(`skipped: ${path} is not here (the benchmark needs ../shared/eval next to the project)`);
    return null;
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}
