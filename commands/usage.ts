import type { CommandDefinition, CommandOption } from './types.js';

/** How a platform marks up usage text: Slack mrkdwn, terminal colours. */
export interface UsageStyle {
  title(text: string): string;
  code(text: string): string;
}

/** Plain text, for tests and logs. */
export const plainStyle: UsageStyle = { title: (text) => text, code: (text) => text };

/**
 * How a command is typed (in Slack, or at the console prompt, which read the same grammar),
 * written from its neutral definition so it never drifts: one line per form, then one per option.
 */
export function commandUsage(definition: CommandDefinition, style: UsageStyle = plainStyle): string {
  const name = `/${definition.name}`;
  const header = `${style.title(name)}: ${definition.description}`;
  if (definition.subcommands) {
    const lines = definition.subcommands.map((s) => `• ${style.code([name, s.name, ...s.options.map(optionSyntax)].join(' '))}: ${s.description}`);
    return [header, ...lines, ...optionHelp(definition.subcommands.flatMap((s) => s.options), style)].join('\n');
  }
  const options = definition.options ?? [];
  return [header, `Usage: ${style.code([name, ...options.map(optionSyntax)].join(' '))}`, ...optionHelp(options, style)].join('\n');
}

/** `[brief|summary]`, `[private]`, `time:<text>`, `[channel:#channel]`: how to write one option. */
export function optionSyntax(option: CommandOption): string {
  const syntax = option.choices
    ? option.choices.map((c) => c.value).join('|')
    : option.type === 'boolean'
      ? option.name
      : `${option.name}:${option.type === 'channel' ? '#channel' : `<${option.type === 'integer' ? 'number' : 'text'}>`}`;
  return option.required ? syntax : `[${syntax}]`;
}

/** One line per distinct option name, in the order first seen. */
function optionHelp(options: readonly CommandOption[], style: UsageStyle): string[] {
  const seen = new Set<string>();
  return options.filter((o) => !seen.has(o.name) && seen.add(o.name)).map((o) => `• ${style.code(o.name)}: ${o.description}`);
}
