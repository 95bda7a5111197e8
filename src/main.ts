import { fileURLToPath } from 'node:url';
import { featuredArticle, loadArticles } from './articles/load-articles.js';
import { formatBriefText } from './cli/format-brief-text.js';
import { makeBrief } from './core/index.js';

const articlesDir = fileURLToPath(new URL('../data/articles', import.meta.url));

const { articles, problems } = await loadArticles(articlesDir);
for (const problem of problems) console.error(`skipped ${problem.message}`);
const featured = featuredArticle(articles);
if (!featured) {
  console.error(`No featured article in ${articlesDir}: mark one with "featured: true" in its front matter.`);
  process.exitCode = 1;
} else {
  console.log(formatBriefText(makeBrief({ text: featured.body, title: featured.title })));
}
