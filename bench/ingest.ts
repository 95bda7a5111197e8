/**
 * `npm run bench:ingest`: full-text extraction quality on the 40 readability test pages (mean
 * token F1 against expected-text.txt; target >= 0.90) and items per second through feed parsing
 * + brief (target >= 200), then through parse + brief + dedupe + store in SQLite.
 * Reads ../shared/ext, never copied here; says so and skips when it is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeBrief } from '../src/core/index.js';
import { createArticleIngestor } from '../src/ingest/article-ingestor.js';
import { entryToArticle } from '../src/ingest/entry-to-article.js';
import { extractArticle } from '../src/ingest/extract-article.js';
import type { ParsedFeed } from '../src/ingest/feed-entry.js';
import { parseFeedBytes } from '../src/ingest/parse-feed.js';
import { ArticleRepository } from '../src/store/article-repository.js';
import { openDatabase } from '../src/store/database.js';
import { tokenF1 } from './ingest-text-f1.js';

const EXT = fileURLToPath(new URL('../../shared/ext', import.meta.url));
const PAGES = `${EXT}/readability-pages/pages`;
const FEEDS = `${EXT}/feeds/rss-parser/input`;

function benchExtraction(): void {
  const names = readdirSync(PAGES);
  const scores: { name: string; f1: number }[] = [];
  const started = performance.now();
  for (const name of names) {
    const article = extractArticle(readFileSync(`${PAGES}/${name}/source.html`, 'utf8'), 'http://fakehost/test/page.html');
    scores.push({ name, f1: article ? tokenF1(article.text, readFileSync(`${PAGES}/${name}/expected-text.txt`, 'utf8')) : 0 });
  }
  const ms = (performance.now() - started) / names.length;
  const mean = scores.reduce((n, s) => n + s.f1, 0) / scores.length;
  const worst = [...scores].sort((a, b) => a.f1 - b.f1).slice(0, 3);
  console.log(`full-text extraction: ${names.length} readability pages (Readability on linkedom)`);
  console.log(`  mean token F1    ${mean.toFixed(3)}   (target >= 0.90)`);
  console.log(`  lowest           ${worst.map((s) => `${s.name} ${s.f1.toFixed(3)}`).join(', ')}`);
  console.log(`  ms/page          ${ms.toFixed(1)} (read + extract + clean text, includes JIT warm-up)`);
}

function benchThroughput(): void {
  const files = readdirSync(FEEDS).filter((name) => name !== 'unrecognized.rss').map((name) => ({ url: `https://bench.test/${name}`, bytes: readFileSync(`${FEEDS}/${name}`) }));
  const parseAll = () => files.map((f) => ({ url: f.url, feed: parseFeedBytes(f.bytes, f.url) }));
  const warm = parseAll();
  for (const { feed } of warm) for (const entry of feed.entries.slice(0, 3)) makeBrief({ text: entry.text, title: entry.title });
  const items = warm.reduce((n, { feed }) => n + feed.entries.length, 0);
  const passes = 3;

  let started = performance.now();
  for (let pass = 0; pass < passes; pass++) for (const { feed } of parseAll()) for (const e of feed.entries) makeBrief({ text: e.text, title: e.title });
  const parseBrief = (items * passes) / ((performance.now() - started) / 1000);

  started = performance.now();
  for (let pass = 0; pass < passes; pass++) parseAll();
  const parseOnly = (items * passes) / ((performance.now() - started) / 1000);

  const ingestor = createArticleIngestor(new ArticleRepository(openDatabase(':memory:')));
  const now = new Date();
  started = performance.now();
  let stored = 0;
  for (const { url, feed } of parseAll() as { url: string; feed: ParsedFeed }[]) {
    for (const entry of feed.entries) {
      const outcome = ingestor.ingest(entryToArticle(entry, { name: url, url }, now), { origin: url, guid: entry.guid, link: entry.link });
      if (outcome.status !== 'skipped') stored++;
    }
  }
  const storeRate = items / ((performance.now() - started) / 1000);

  console.log(`feed items: ${files.length} real-world feeds (rss-parser corpus), ${items} items, ${passes} passes, one thread`);
  console.log(`  parse + brief    ${parseBrief.toFixed(0)} items/s   (target >= 200)`);
  console.log(`  parse only       ${parseOnly.toFixed(0)} items/s`);
  console.log(`  parse + brief + dedupe + group + store (SQLite, in memory)   ${storeRate.toFixed(0)} items/s (${stored} stored)`);
  console.log(`  peak RSS         ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

if (!existsSync(PAGES) || !existsSync(FEEDS)) {
  console.log(`skipped: ${EXT} is not here (the benchmark needs ../shared/ext next to the project)`);
} else {
  benchExtraction();
  benchThroughput();
}
