import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featuredArticle, loadArticles } from '../../src/articles/load-articles.js';

const good = (slug: string, extra = '') => `---\ntitle: A story\nslug: ${slug}\npublished: 2026-11-20\ntags: [rock]\n${extra}---\nThe body of the story.\n`;

describe('loadArticles', () => {
  it('loads the good files and reports each broken one with its path and reason', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'articles-'));
    await writeFile(join(dir, 'a-good.md'), good('a-good'));
    await writeFile(join(dir, 'b-featured.md'), good('b-featured', 'featured: true\n').replace('2026-11-20', '2026-11-24'));
    await writeFile(join(dir, 'c-no-front-matter.md'), 'Just text.\n');
    await writeFile(join(dir, 'd-bad-yaml.md'), '---\ntitle: [unclosed\n---\nBody.\n');
    await writeFile(join(dir, 'e-no-title.md'), '---\nslug: e-no-title\npublished: 2026-11-20\n---\nBody.\n');
    await writeFile(join(dir, 'f-bad-date.md'), '---\ntitle: T\nslug: f\npublished: next tuesday\n---\nBody.\n');
    await writeFile(join(dir, 'g-duplicate.md'), good('a-good'));
    await writeFile(join(dir, 'h-empty-body.md'), '---\ntitle: T\nslug: h\npublished: 2026-11-20\n---\n\n');
    await writeFile(join(dir, 'notes.txt'), 'not an article file');

    const { articles, problems } = await loadArticles(dir);

    expect(articles.map((a) => a.slug)).toEqual(['b-featured', 'a-good']);
    expect(featuredArticle(articles)?.slug).toBe('b-featured');
    expect(articles[1]).toMatchObject({ title: 'A story', tags: ['rock'], featured: false, published: '2026-11-20T00:00:00.000Z', body: 'The body of the story.\n' });
    const reasons = Object.fromEntries(problems.map((p) => [p.path.split('/').pop(), p.reason]));
    expect(Object.keys(reasons)).toEqual(['c-no-front-matter.md', 'd-bad-yaml.md', 'e-no-title.md', 'f-bad-date.md', 'g-duplicate.md', 'h-empty-body.md']);
    expect(reasons['c-no-front-matter.md']).toMatch(/no front matter/);
    expect(reasons['d-bad-yaml.md']).toMatch(/not valid YAML/);
    expect(reasons['e-no-title.md']).toMatch(/^title:/);
    expect(reasons['f-bad-date.md']).toMatch(/published/);
    expect(reasons['g-duplicate.md']).toMatch(/slug "a-good" is already used by .*a-good\.md/);
    expect(reasons['h-empty-body.md']).toMatch(/body is empty/);
    for (const p of problems) expect(p.message).toContain(dir);
  });
});

describe('the seed article in data/', () => {
  it('is the featured story, with valid front matter', async () => {
    const { articles, problems } = await loadArticles(new URL('../../data/articles', import.meta.url).pathname);
    expect(problems).toEqual([]);
    expect(featuredArticle(articles)).toMatchObject({ slug: 'jimmy-page-farewell', featured: true });
  });

  const seed = new URL('../../../shared/seed/jimmy-page-farewell.txt', import.meta.url);
  it.runIf(existsSync(seed))('keeps the body of ../shared/seed verbatim', async () => {
    const { articles } = await loadArticles(new URL('../../data/articles', import.meta.url).pathname);
    expect(featuredArticle(articles)?.body).toBe(readFileSync(seed, 'utf8'));
  });
});
