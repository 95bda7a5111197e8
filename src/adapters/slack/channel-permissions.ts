import type { webApi } from '@slack/bolt';
import type { Logger } from '../../logger.js';

/**
 * Slack has no "Manage Channels" permission: a workspace admin or owner, or the person who
 * created the channel, may manage it. An API failure (private channel the bot cannot see,
 * missing scope) answers "no", so a failure never grants a right.
 */
export async function canManageSlackChannel(client: webApi.WebClient, userId: string, channelId: string, log: Logger): Promise<boolean> {
  try {
    const { user } = await client.users.info({ user: userId });
    if (user?.is_admin || user?.is_owner || user?.is_primary_owner) return true;
    const { channel } = await client.conversations.info({ channel: channelId });
    return channel?.creator === userId;
  } catch (error) {
    log.warn({ err: error, userId, channelId }, 'could not check Slack channel permissions; treating as not allowed');
    return false;
  }
}
