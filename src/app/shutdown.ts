import type { Logger } from '../logger.js';

/**
 * The order things stop in: first nothing new is accepted (adapters, the HTTP server), then work
 * already started finishes (digest deliveries, feed polls), then storage closes (the database).
 */
export type ShutdownPhase = 'intake' | 'work' | 'storage';
const PHASES: readonly ShutdownPhase[] = ['intake', 'work', 'storage'];

type CloseTask = () => void | Promise<void>;

/**
 * Everything that must be stopped when the process ends. Each part registers its own close step
 * where it is created; `run` executes the phases in order (the steps of one phase together) within
 * one overall time limit, logs any step that fails or hangs, and goes on with the rest.
 */
export class ShutdownRegistry {
  private readonly tasks: { phase: ShutdownPhase; name: string; close: CloseTask }[] = [];
  private running: Promise<boolean> | undefined;

  constructor(
    private readonly log: Logger,
    /** Docker waits 10 s before SIGKILL; stop before that so the database is closed properly. */
    private readonly timeLimitMs = 8000,
  ) {}

  register(phase: ShutdownPhase, name: string, close: CloseTask): void {
    this.tasks.push({ phase, name, close });
  }

  get started(): boolean {
    return this.running !== undefined;
  }

  /** Stops everything once; later calls get the same result. Resolves true when every step ended cleanly. */
  run(reason: string): Promise<boolean> {
    this.running ??= this.stopAll(reason);
    return this.running;
  }

  private async stopAll(reason: string): Promise<boolean> {
    this.log.info({ reason }, 'shutting down');
    const deadline = Date.now() + this.timeLimitMs;
    let clean = true;
    for (const phase of PHASES) {
      const steps = this.tasks.filter((t) => t.phase === phase);
      const results = await Promise.all(steps.map((step) => this.stopOne(step.name, step.close, deadline)));
      clean &&= results.every(Boolean);
    }
    this.log.info({ clean }, 'stopped');
    return clean;
  }

  private async stopOne(name: string, close: CloseTask, deadline: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), Math.max(0, deadline - Date.now()));
    });
    try {
      const outcome = await Promise.race([Promise.resolve().then(close), timedOut]);
      if (outcome !== 'timeout') return true;
      this.log.warn({ step: name }, 'shutdown step did not finish in time; going on');
    } catch (error) {
      this.log.error({ err: error, step: name }, 'shutdown step failed; going on');
    } finally {
      clearTimeout(timer);
    }
    return false;
  }
}

/**
 * SIGTERM (Docker, systemd) and SIGINT (Ctrl-C) stop the bot gracefully: exit 0 when every step
 * ended cleanly, 1 otherwise. A second signal while stopping exits at once.
 */
export function stopOnSignals(registry: ShutdownRegistry, exit: (code: number) => void = process.exit): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (registry.started) return exit(130);
      void registry.run(signal).then((clean) => exit(clean ? 0 : 1));
    });
  }
}
