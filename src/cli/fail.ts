/**
 * Ends a command-line run with a message: on standard output for exit code 0 (asked-for help),
 * on standard error otherwise. Returns the code, for `process.exitCode`.
 */
export function fail(message: string, code: number): number {
  (code === 0 ? process.stdout : process.stderr).write(`${message}\n`);
  return code;
}
