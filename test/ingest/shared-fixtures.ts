import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared test corpora live next to the project (CI has them); tests skip cleanly without. */
export const SHARED_EXT = fileURLToPath(new URL('../../../shared/ext', import.meta.url));
export const hasShared = (sub: string) => existsSync(`${SHARED_EXT}/${sub}`);
