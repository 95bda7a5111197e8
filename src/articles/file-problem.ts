/**
 * A file the bot cannot use (an article, the feed list), with its path and the reason in plain words,
 * so the person fixing it knows where to look and what to change.
 */
export class FileProblem extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'FileProblem';
  }
}
