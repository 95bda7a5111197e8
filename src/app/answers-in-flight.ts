/**
 * Answers to commands still being sent (a slow command answered after its acknowledgement), so
 * that stopping can let them finish instead of cutting them off. Platform-neutral: each adapter
 * tracks its own answers.
 */
export class AnswersInFlight {
  private readonly pending = new Set<Promise<unknown>>();

  /** Tracks an answer until it settles; returns it unchanged. */
  track<T>(answer: Promise<T>): Promise<T> {
    this.pending.add(answer);
    // A rejection stays the caller's to handle; the tracking copy only needs to know it ended.
    answer.then(() => this.pending.delete(answer), () => this.pending.delete(answer));
    return answer;
  }

  /** How many answers are still being sent. */
  get size(): number {
    return this.pending.size;
  }

  /** Resolves when every answer started so far has settled. */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  /**
   * Like `drain`, but gives up after `limitMs` so one hung answer cannot hold up the whole
   * shutdown. Resolves true when every answer finished in time.
   */
  async drainWithin(limitMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<boolean>((resolve) => (timer = setTimeout(resolve, limitMs, false)));
    try {
      return await Promise.race([this.drain().then(() => true), limit]);
    } finally {
      clearTimeout(timer);
    }
  }
}
