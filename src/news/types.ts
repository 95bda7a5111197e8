import type { Article } from '../articles/article.js';
import type { Brief } from '../core/index.js';

/* News items as every part of the bot sees them: the store, digests, ingest and commands. */

/** An article together with its brief, computed once. */
export interface BriefedArticle {
  article: Article;
  brief: Brief;
}

/** One story in a digest; `alsoIn` names the other outlets that ran the same story. */
export interface DigestEntry {
  item: BriefedArticle;
  alsoIn: string[];
}

/** The news a channel gets once a day (or sees with `/digest preview`). */
export interface Digest {
  /** Local calendar date the digest is for, YYYY-MM-DD in `timezone`. */
  localDate: string;
  timezone: string;
  /** The window of arrival (ingest) times it covers, `[from, to)`: a story counts when it reached the bot. */
  from: Date;
  to: Date;
  /** At most 10, newest first. Empty means no news: a scheduled digest then posts nothing. */
  entries: DigestEntry[];
}
