import { REST } from 'discord.js';
import type { Config } from '../../config.js';

/** Discord's REST client (rate limits and retries included), pointed at `DISCORD_API_URL`. */
export function createDiscordRest(config: Pick<Config, 'DISCORD_API_URL' | 'DISCORD_TOKEN'>): REST {
  const rest = new REST({ api: config.DISCORD_API_URL });
  if (config.DISCORD_TOKEN) rest.setToken(config.DISCORD_TOKEN);
  return rest;
}
