import type { CommandDefinition, CommandOption } from '../../../commands/index.js';
import { optionUsage } from './parse-command-line.js';
import type { Palette } from './render-console-reply.js';

/** `/help`: every command, subcommand and option, described from the neutral definitions. */
export function helpText(commands: readonly CommandDefinition[], p: Palette): string {
  const lines = [p.title('Commands'), ''];
  for (const command of commands) {
    if (command.subcommands?.length) {
      for (const sub of command.subcommands) lines.push(...describe(`/${command.name} ${sub.name}`, sub.description, sub.options, p));
    } else {
      lines.push(...describe(`/${command.name}`, command.description, command.options ?? [], p));
    }
  }
  lines.push(...describe('/help', 'This list', [], p));
  lines.push('', p.dim('Give options as name:value or just the value, e.g. /farewell quotes private. Ctrl-D leaves.'));
  return lines.join('\n');
}

function describe(usage: string, description: string, options: readonly CommandOption[], p: Palette): string[] {
  const lines = [`${p.heading(usage)}  ${description}`];
  for (const option of options) {
    lines.push(p.dim(`    ${optionUsage(option)}${option.required ? '' : ' (optional)'}  ${option.description}`));
  }
  return lines;
}
