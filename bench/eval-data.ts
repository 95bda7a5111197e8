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
  return readJsonLines<T>(path);
}

/** Reads a JSON Lines file, one value a line. */
export function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/**
 * An extra quote set named by POLNEAR_EXTRA (a file made by `npm run bench:polnear-convert`), scored as a held-out
 * row next to the shared ones; null when the variable is not set.
 */
export function readExtraQuoteSet<T>(): { name: string; items: T[] } | null {
  const path = process.env.POLNEAR_EXTRA;
  if (!path) return null;
  return { name: `PolNeAR extra (${path.split('/').pop()})`, items: readJsonLines<T>(path) };
}
