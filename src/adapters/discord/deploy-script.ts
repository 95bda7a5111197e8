/** `npm run deploy:discord`: registers every command in `commands/index.ts` with Discord. */
import { commands } from '../../../commands/index.js';
import { readConfigOrExit } from '../../app/read-config.js';
import { ConfigError } from '../../config.js';
import { deployCommands } from './deploy-commands.js';
import { createDiscordRest } from './discord-rest.js';

// Validated once, like every entry point: a bad value stops here with one line naming it (exit 2).
const config = readConfigOrExit();
try {
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    throw new ConfigError('DISCORD_TOKEN and DISCORD_APPLICATION_ID', 'both set to deploy commands (Developer Portal: Bot → Token, General Information → Application ID)');
  }
  const target = { applicationId: config.DISCORD_APPLICATION_ID, guildId: config.DISCORD_GUILD_ID };
  const { names } = await deployCommands(createDiscordRest(config), target, commands);
  const where = target.guildId ? `guild ${target.guildId} (visible now)` : 'globally (may take up to an hour to appear)';
  process.stdout.write(`Registered ${names.length} command(s) ${where}: ${names.map((n) => `/${n}`).join(', ')}\n`);
} catch (error) {
  process.stderr.write(`deploy:discord failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
