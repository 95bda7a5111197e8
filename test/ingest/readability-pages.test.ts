import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenF1 } from '../../bench/ingest-text-f1.js';
import { extractArticle } from '../../src/ingest/extract-article.js';
import { hasShared, SHARED_EXT } from './shared-fixtures.js';

const DIR = `${SHARED_EXT}/readability-pages/pages`;
const pages = hasShared('readability-pages/pages') ? readdirSync(DIR) : [];

describe.skipIf(pages.length === 0)('full-text extraction on the readability test pages', () => {
  it('recovers the article text with a mean token F1 of at least 0.90', () => {
    const scores = pages.map((name) => {
      const article = extractArticle(readFileSync(`${DIR}/${name}/source.html`, 'utf8'), 'http://fakehost/test/page.html');
      return article ? tokenF1(article.text, readFileSync(`${DIR}/${name}/expected-text.txt`, 'utf8')) : 0;
    });
    expect(scores.reduce((a, b) => a + b, 0) / scores.length).toBeGreaterThanOrEqual(0.9);
  });
});
