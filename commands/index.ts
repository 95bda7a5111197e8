import { brief } from './brief.js';
import { digest } from './digest.js';
import { farewell } from './farewell.js';
import type { CommandDefinition } from './types.js';

/** Every command the bot serves, on every platform. Listed explicitly: no folder scanning. */
export const commands: readonly CommandDefinition[] = [farewell, digest, brief];

export function findCommand(name: string): CommandDefinition | undefined {
  return commands.find((c) => c.name === name);
}

export type * from './types.js';
