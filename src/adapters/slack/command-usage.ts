import type { CommandDefinition, CommandOption } from '../../../commands/types.js';

/** How a command is typed in Slack, written from its neutral definition (so it never drifts). */
export function commandUsage(definition: CommandDefinition): string {
  const name = `/${definition.name}`;
  if (definition.subcommands) {
    const lines = definition.subcommands.map((s) => `• \`${[name, s.name, ...s.options.map(optionSyntax)].join(' ')}\`: ${s.description}`);
    return [`*${name}*: ${definition.description}`, ...lines, ...optionHelp(definition.subcommands.flatMap((s) => s.options))].join('\n');
  }
  const options = definition.options ?? [];
  return [`*${name}*: ${definition.description}`, `Usage: \`${[name, ...options.map(optionSyntax)].join(' ')}\``, ...optionHelp(options)].join('\n');
}

function optionSyntax(option: CommandOption): string {
  const syntax = option.choices
    ? option.choices.map((c) => c.value).join('|')
    : option.type === 'boolean'
      ? option.name
      : `${option.name}:<${option.type === 'integer' ? 'number' : 'text'}>`;
  return option.required ? syntax : `[${syntax}]`;
}

/** One line per distinct option name, in the order first seen. */
function optionHelp(options: readonly CommandOption[]): string[] {
  const seen = new Set<string>();
  return options.filter((o) => !seen.has(o.name) && seen.add(o.name)).map((o) => `• \`${o.name}\`: ${o.description}`);
}
