import { z } from 'zod';

/** Front matter of an article file in `data/articles/`. */
export const ArticleFrontMatterSchema = z.object({
  title: z.string().trim().min(1, 'title is empty'),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lower-case words joined by hyphens'),
  published: z.coerce.date({ error: 'published must be a date such as 2026-11-25' }),
  featured: z.boolean().default(false),
  tags: z.array(z.string().trim().min(1)).default([]),
  url: z.url().optional(),
  source: z.string().trim().min(1).optional(),
  author: z.string().trim().min(1).optional(),
});
export type ArticleFrontMatter = z.infer<typeof ArticleFrontMatterSchema>;

/** An article as the bot keeps it: metadata plus the body, verbatim. */
export interface Article extends Omit<ArticleFrontMatter, 'published'> {
  /** ISO 8601 timestamp. */
  published: string;
  body: string;
  /** Where it came from: a file path or a feed item's link. */
  origin: string;
}
