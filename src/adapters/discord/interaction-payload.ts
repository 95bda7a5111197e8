import { z } from 'zod';
import type { RawOption } from './invocation.js';

const RawOptionSchema: z.ZodType<RawOption> = z.lazy(() =>
  z.object({ name: z.string(), type: z.number().int(), value: z.unknown().optional(), options: z.array(RawOptionSchema).optional() }),
);

/** The parts of Discord's interaction object the bot reads; anything else is ignored. */
export const InteractionPayloadSchema = z.object({
  type: z.number().int(),
  id: z.string().optional(),
  token: z.string().optional(),
  application_id: z.string().optional(),
  guild_id: z.string().optional(),
  channel_id: z.string().optional(),
  channel: z.object({ id: z.string() }).optional(),
  member: z.object({ permissions: z.string().optional(), user: z.object({ id: z.string() }) }).optional(),
  user: z.object({ id: z.string() }).optional(),
  data: z.object({ name: z.string(), type: z.number().int().optional(), options: z.array(RawOptionSchema).optional() }).optional(),
});
export type InteractionPayload = z.infer<typeof InteractionPayloadSchema>;

/** The interaction types this bot answers. */
export const InteractionType = { Ping: 1, ApplicationCommand: 2 } as const;

/** A command interaction with everything needed to answer it, or a reason it cannot be answered. */
export function parseCommandInteraction(payload: InteractionPayload) {
  const userId = payload.member?.user.id ?? payload.user?.id;
  const channelId = payload.channel_id ?? payload.channel?.id;
  if (!payload.id || !payload.token || !payload.application_id || !payload.data || !userId || !channelId) {
    return { error: 'a command interaction needs id, token, application_id, data, a user and a channel' } as const;
  }
  return { ...payload, id: payload.id, token: payload.token, application_id: payload.application_id, data: payload.data, userId, channelId } as const;
}
