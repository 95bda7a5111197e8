/**
 * `npm start`. Reads the configuration once, loads the articles, then serves every platform that
 * is configured. With no platform settings it works locally: it prints the featured story's brief.
 */
import 'dotenv/config';
import { ConfigError, loadConfig } from './config.js';
import { formatBriefText } from './cli/format-brief-text.js';
import { createLogger } from './logger.js';
import { ArticleLibrary } from './news/article-library.js';

let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`farewell-bot: configuration error: ${error.message}\n`);
  process.exit(2);
}

const log = createLogger(config.LOG_LEVEL);
const library = await new ArticleLibrary(config.ARTICLES_DIR).load();
for (const problem of library.problems) log.warn({ path: problem.path, reason: problem.reason }, 'article file skipped');

const featured = library.featured();
if (!featured) {
  log.error({ dir: config.ARTICLES_DIR }, 'no featured article: mark one with "featured: true" in its front matter');
  process.exitCode = 1;
} else {
  process.stdout.write(`${formatBriefText(featured.brief)}\n`);
}
