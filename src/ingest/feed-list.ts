import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { FileProblem } from '../articles/file-problem.js';

/** One feed the bot reads. More fields are allowed in the file and ignored. */
export const FeedSourceSchema = z.object({
  name: z.string().trim().min(1, 'name is empty'),
  url: z.url({ protocol: /^https?$/u, error: 'url must be an http(s) URL' }),
});
export type FeedSource = z.infer<typeof FeedSourceSchema>;

const FeedListSchema = z.array(FeedSourceSchema).superRefine((feeds, ctx) => {
  const seen = new Set<string>();
  feeds.forEach((feed, index) => {
    if (seen.has(feed.url)) ctx.addIssue({ code: 'custom', path: [index, 'url'], message: `${feed.url} is listed twice` });
    seen.add(feed.url);
  });
});

/**
 * Reads `FEEDS_FILE`: a JSON array of `{"name", "url"}`. A broken file is refused as a whole, with
 * its path and the first problem (`[3].url: ...`), so a typo never silently drops a feed.
 */
export async function loadFeedList(path: string): Promise<FeedSource[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new FileProblem(path, `cannot read the feed list: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FileProblem(path, `not valid JSON: ${(error as Error).message}`);
  }
  const result = FeedListSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./u, '');
    throw new FileProblem(path, `${where || 'the list'}: ${issue.message}`);
  }
  return result.data;
}
