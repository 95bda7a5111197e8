export interface StartupFacts {
  mode: 'console' | 'discord' | 'slack';
  /** Discord: gateway or HTTP interactions; Slack: HTTP events or Socket Mode. */
  transport?: string;
  port?: number;
  database: string;
  /** When the scheduler will next post digests, soonest first. */
  nextDigests?: readonly Date[];
}

/**
 * The one line each mode prints at start, so an operator sees at a glance what runs where:
 * `discord (gateway) ready · port 3000 · database /data/farewell-bot.db · next digests 2026-11-26 08:00Z`.
 */
export function startupLine(facts: StartupFacts): string {
  const parts = [`${facts.mode}${facts.transport ? ` (${facts.transport})` : ''} ready`];
  if (facts.port !== undefined) parts.push(`port ${facts.port}`);
  parts.push(`database ${facts.database}`);
  if (facts.nextDigests) {
    const times = facts.nextDigests.slice(0, 3).map((d) => `${d.toISOString().slice(0, 16).replace('T', ' ')}Z`);
    parts.push(times.length ? `next digests ${times.join(', ')}` : 'no digest subscriptions yet');
  }
  return parts.join(' · ');
}
