/** Discord's message and embed limits (docs: "Embed Limits", Create Message). */
export const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  /** Sum of title, description, field names and values, footer and author over all embeds of a message. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  content: 2000,
} as const;

/** Message flag: only the person who ran the command sees the message. */
export const EPHEMERAL_FLAG = 64;
