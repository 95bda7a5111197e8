/** A message object as Discord returns it, complete enough for discord.js to build a `Message`; `body` fields win. */
export function discordMessageObject(id: string, authorId: string, body: Record<string, unknown>): Record<string, any> {
  return {
    id,
    type: 0,
    channel_id: '0',
    author: { id: authorId, username: 'farewell-bot', discriminator: '0000', avatar: null, bot: true },
    content: '',
    embeds: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    components: [],
    ...body,
  };
}
