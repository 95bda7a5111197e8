import matter from 'gray-matter';
import { z } from 'zod';
import { type Article, ArticleFrontMatterSchema } from './article.js';
import { FileProblem } from './file-problem.js';

/** Kept under its old name for the loaders that report article problems. */
export { FileProblem as ArticleFileError };

/** Parses an article file's text: YAML front matter, then the body verbatim. */
export function parseArticleFile(path: string, content: string): Article {
  if (!/^---\r?\n/u.test(content)) throw new FileProblem(path, 'no front matter: the file must start with a line "---"');
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An empty options object keeps gray-matter from caching, so an edited file is read afresh.
    parsed = matter(content, {});
  } catch (error) {
    throw new FileProblem(path, `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = ArticleFrontMatterSchema.safeParse(parsed.data);
  if (!result.success) throw new FileProblem(path, describeIssues(result.error));
  const body = parsed.content.replace(/^\r?\n/u, '');
  if (!body.trim()) throw new FileProblem(path, 'the article body is empty');
  return { ...result.data, published: result.data.published.toISOString(), body, origin: path };
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'front matter'}: ${issue.message}`).join('; ');
}
