import { createInterface } from 'node:readline';
import type { CommandDefinition, CommandServices } from '../../../commands/index.js';
import { type Caller, type PlatformWording, runCommand } from '../../../commands/run-command.js';
import type { Logger } from '../../logger.js';
import { consoleUsage, helpText } from './help-text.js';
import { parseCommandLine } from './parse-command-line.js';
import { palette, renderConsoleReply } from './render-console-reply.js';

export interface ConsoleAdapterDeps {
  commands: readonly CommandDefinition[];
  services: CommandServices;
  log: Logger;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** ANSI colour; default: when the output is a terminal. */
  colour?: boolean;
  now?: () => Date;
}

export interface ConsoleAdapter {
  /** Runs `firstLine` (if any), then reads commands; resolves when the input ends or `stop` is called. */
  run(firstLine?: string): Promise<void>;
  /** Stops reading and waits for the command in progress. */
  stop(): Promise<void>;
}

/** The person at the terminal runs the bot, so they may manage any channel they name. */
const consoleCaller: Caller = { platform: 'console', channelId: 'console', userId: 'console', canManage: () => true };

const consoleWording: PlatformWording = {
  refusal: (usage) => `${usage} is not allowed here.`,
  apology: () => 'Something went wrong running that command; the log has the details.',
};

/**
 * The bot in a terminal: the same `commands/` as Discord and Slack, typed at a prompt. Lines are
 * handled one after another in order, so piped input gives its answers in the order asked.
 */
export function createConsoleAdapter(deps: ConsoleAdapterDeps): ConsoleAdapter {
  const input = deps.input ?? process.stdin;
  const output = deps.output ?? process.stdout;
  const interactive = (input as NodeJS.ReadStream).isTTY === true && (output as NodeJS.WriteStream).isTTY === true;
  const p = palette(deps.colour ?? (output as NodeJS.WriteStream).isTTY === true);
  let queue = Promise.resolve();
  let lines: ReturnType<typeof createInterface> | undefined;

  async function answer(line: string): Promise<void> {
    if (!line.trim()) return;
    output.write(`${await reply(line)}\n\n`);
  }

  async function reply(line: string): Promise<string> {
    if (/^\/help\b/i.test(line.trim())) return helpText(deps.commands, p);
    const parsed = parseCommandLine(line, deps.commands);
    if (!parsed.ok) {
      const problem = parsed.message ? renderConsoleReply({ kind: 'error', message: parsed.message, private: true }, p) : undefined;
      const usage = parsed.command ? consoleUsage(parsed.command, p) : undefined;
      return [problem, usage].filter(Boolean).join('\n\n');
    }
    const { command, subcommand, options } = parsed.value;
    const invocation = { commandName: command.name, ...(subcommand ? { subcommand } : {}), options };
    // One catch point (in runCommand): a failing command answers with an error and the prompt goes on.
    const result = await runCommand(invocation, consoleCaller, { commands: deps.commands, services: deps.services, log: deps.log, wording: consoleWording, now: deps.now });
    return renderConsoleReply(result, p);
  }

  return {
    run(firstLine) {
      lines = createInterface({ input, output, terminal: interactive, prompt: 'farewell> ' });
      const rl = lines;
      const prompt = () => {
        if (interactive) rl.prompt();
      };
      const handle = (line: string) => {
        queue = queue.then(() => answer(line)).then(prompt);
      };
      if (firstLine) queue = queue.then(() => answer(firstLine));
      queue = queue.then(() => {
        if (interactive) output.write(`${p.dim('Type /help for the commands; Ctrl-D leaves.')}\n`);
        prompt();
      });
      rl.on('line', handle);
      // Ctrl-C at the prompt leaves like Ctrl-D.
      rl.on('SIGINT', () => rl.close());
      return new Promise((resolve) =>
        rl.once('close', () => {
          if (interactive) output.write('\n');
          void queue.then(resolve);
        }),
      );
    },
    async stop() {
      lines?.close();
      await queue;
    },
  };
}
