import type { CommandDefinition } from '../../../commands/index.js';
import { commandUsage, type UsageStyle } from '../../../commands/usage.js';
import type { Palette } from './render-console-reply.js';

/** The shared usage text, coloured for a terminal. */
export function consoleUsage(command: CommandDefinition, p: Palette): string {
  const style: UsageStyle = { title: p.heading, code: (text) => text };
  return commandUsage(command, style);
}

/** `/help`: every command, subcommand and option, described from the neutral definitions. */
export function helpText(commands: readonly CommandDefinition[], p: Palette): string {
  return [
    p.title('Commands'),
    ...commands.map((command) => `\n${consoleUsage(command, p)}`),
    '',
    p.dim('Give options as name:value or just the value, e.g. /farewell quotes private. /help lists this; Ctrl-D leaves.'),
  ].join('\n');
}
