import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const coreDir = fileURLToPath(new URL('../core', import.meta.url));

/**
 * Identifies the core that computes briefs: a hash of its sources. A stored brief with another
 * version was made by older rules and is recomputed at start, so digests never show stale quotes.
 */
export const BRIEF_VERSION = createHash('sha256')
  .update(
    readdirSync(coreDir)
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => readFileSync(join(coreDir, f), 'utf8'))
      .join('\0'),
  )
  .digest('hex')
  .slice(0, 16);
