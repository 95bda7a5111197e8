import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadFeedList } from '../../src/ingest/feed-list.js';

function file(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'feeds-')), 'feeds.json');
  writeFileSync(path, content);
  return path;
}

describe('the feed list (FEEDS_FILE)', () => {
  it('ships a default list of music feeds that loads', async () => {
    const feeds = await loadFeedList(fileURLToPath(new URL('../../data/feeds.json', import.meta.url)));
    expect(feeds.length).toBeGreaterThanOrEqual(10);
    expect(feeds.map((f) => f.name)).toEqual(expect.arrayContaining(['Pitchfork', 'NME', 'Billboard', 'The Quietus']));
  });

  it('accepts extra fields on a feed', async () => {
    expect(await loadFeedList(file('[{"name": "NME", "url": "https://nme.test/feed", "tags": ["rock"]}]'))).toEqual([{ name: 'NME', url: 'https://nme.test/feed' }]);
  });

  it.each([
    ['[{"name": "NME", "url": "ftp://nme.test/feed"}]', '[0].url: url must be an http(s) URL'],
    ['[{"name": "", "url": "https://a.test/"}]', '[0].name: name is empty'],
    ['[{"name": "A", "url": "https://a.test/"}, {"name": "B", "url": "https://a.test/"}]', '[1].url: https://a.test/ is listed twice'],
    ['{"feeds": []}', 'the list: '],
    ['[{"name": "A", "url": ', 'not valid JSON'],
  ])('refuses %s with the path and the problem', async (content, reason) => {
    const path = file(content);
    await expect(loadFeedList(path)).rejects.toThrow(`${path}: ${reason}`);
  });

  it('says which file it could not read', async () => {
    await expect(loadFeedList('/nonexistent/feeds.json')).rejects.toThrow('/nonexistent/feeds.json: cannot read the feed list: ENOENT');
  });
});
