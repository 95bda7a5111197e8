import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToLine } from '../../src/ingest/clean-text.js';
import { FeedParseError, type ParsedFeed } from '../../src/ingest/feed-entry.js';
import { parseFeedResponse } from '../../src/ingest/parse-feed.js';
import { createSafeFetch } from '../../src/ingest/safe-fetch.js';
import { startFixtureServer } from './fixture-server.js';
import { hasShared, SHARED_EXT } from './shared-fixtures.js';

const DIR = `${SHARED_EXT}/feeds/feedparser`;
const present = hasShared('feeds/feedparser/index.json');
interface Case { file: string; suite: string; expect: string; http_headers?: Record<string, string> }
const cases: Case[] = present ? JSON.parse(readFileSync(`${DIR}/index.json`, 'utf8')) : [];

/** `Expect:` lines that state a title or link plainly, e.g. `not bozo and feed['title'] == 'Example'`. */
const PLAIN = /^(?:not bozo and )?(feed|entries\[0\])\['(title|link)'\] == u?'((?:[^'\\]|\\.)*)'$/u;
const checks = cases.flatMap((c) => {
  const m = c.suite === 'wellformed' || c.suite === 'entities' ? PLAIN.exec(c.expect.trim()) : null;
  return m ? [{ file: c.file, scope: m[1] === 'feed' ? 'feed' : 'entry', field: m[2] as 'title' | 'link', value: pythonString(m[3]!) }] : [];
});

/** Where our model differs from feedparser's on purpose or by the parser's choice; each says why. */
const KNOWN_DIFFERENCES: Record<string, string> = {
  'wellformed/atom10/entry_title_base64.xml': 'Atom base64 text constructs are not decoded (never seen in music feeds)',
  'wellformed/atom10/entry_title_base64_2.xml': 'Atom base64 text constructs are not decoded',
  'wellformed/atom10/feed_title_base64.xml': 'Atom base64 text constructs are not decoded',
  'wellformed/atom10/feed_title_base64_2.xml': 'Atom base64 text constructs are not decoded',
  'wellformed/atom10/entry_title_inline_markup_2.xml': 'an escaped "<blink>" inside xhtml is read as a tag and dropped from the clean text',
  'wellformed/atom10/feed_title_inline_markup_2.xml': 'an escaped "<blink>" inside xhtml is read as a tag and dropped from the clean text',
  'wellformed/media-rss/item_media_title2.xml': 'the parser prefers media:title over the item title when both are present',
  'wellformed/sanitize/entry_title_script_inline.xml': 'script text inside an xhtml title is kept as text (markup itself is dropped)',
  'wellformed/sanitize/xml_malicious_comment.xml': 'a malformed comment cuts the title short ("sa") rather than skipping the comment',
  'wellformed/sanitize/xml_declaration_unexpected_character.xml': 'an escaped "<!DOCTYPE" in a title is read as markup and dropped',
};

/** Well-formed files that hold a feed and still are not read; each says why. */
const NOT_READ: Record<string, string> = {
  'wellformed/base/cdf_item_abstract_xml_base.xml': 'Microsoft CDF (<CHANNEL>, 1997) is neither RSS nor Atom',
  'wellformed/rss/item_description_not_a_doctype.xml': 'an <item> straight under <rss>, with no <channel>, is refused like any RSS without a channel',
  'wellformed/rss/item_description_not_a_doctype2.xml': 'an <item> straight under <rss>, with no <channel>, is refused like any RSS without a channel',
};

/** Files feedparser's suite calls well-formed: the `wellformed` suite and the `not bozo` encoding cases. */
const wellFormed = cases.filter((c) => c.suite === 'wellformed' || (c.suite === 'encoding' && c.expect.trim().startsWith('not bozo')));

/**
 * A root element with no channel, item or entry (`<rss version="2.0"></rss>`): such files test
 * version or encoding detection, and hold no feed to read. NULs are dropped so that the ASCII
 * markup of UTF-16 and UTF-32 files is seen too.
 */
function isEmptyShell(file: string): boolean {
  const text = readFileSync(`${DIR}/${file}`).toString('latin1').replaceAll('\0', '').replace(/<!--[\s\S]*?-->/gu, '');
  return !/<(?:\w+:)?(?:channel|item|entry)\b/u.test(text);
}

function pythonString(literal: string): string {
  return literal.replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|.)/giu, (_, esc: string) => {
    if (/^[xu]/iu.test(esc) && esc.length > 1) return String.fromCodePoint(parseInt(esc.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[esc] ?? esc;
  });
}

let fixture: Awaited<ReturnType<typeof startFixtureServer>>;
const results = new Map<string, ParsedFeed | Error>();

describe.skipIf(!present)(`all ${cases.length} files of the feedparser corpus, served over HTTP`, () => {
  beforeAll(async () => {
    fixture = await startFixtureServer({});
    fixture.server.removeAllListeners('request');
    fixture.server.on('request', (req, res) => {
      const c = cases.find((x) => `/${x.file}` === req.url)!;
      res.writeHead(200, { 'content-type': 'text/xml', ...c.http_headers });
      res.end(readFileSync(`${DIR}/${c.file}`));
    });
    const fetchLocal = createSafeFetch({ allowPrivate: true });
    const fetchOne = async (c: Case) => {
      try {
        results.set(c.file, parseFeedResponse(await fetchLocal(fixture.url(`/${c.file}`))));
      } catch (error) {
        results.set(c.file, error as Error);
      }
    };
    for (let i = 0; i < cases.length; i += 16) await Promise.all(cases.slice(i, i + 16).map(fetchOne));
  }, 60_000);
  afterAll(() => fixture?.close());

  it('goes through every file without a crash: each yields a feed or a clear FeedParseError', () => {
    const crashes = [...results].filter(([, r]) => r instanceof Error && !(r instanceof FeedParseError)).map(([file, r]) => `${file}: ${(r as Error).message}`);
    expect(crashes).toEqual([]);
    expect(results.size).toBe(cases.length);
  });

  it('reads every well-formed file that holds a feed, except the named ones', () => {
    const holdingFeeds = wellFormed.filter((c) => !isEmptyShell(c.file));
    expect(holdingFeeds.length).toBeGreaterThan(400); // the shell rule must not swallow the corpus
    const unread = holdingFeeds.filter((c) => !NOT_READ[c.file] && results.get(c.file) instanceof Error);
    expect(unread.map((c) => `${c.file}: ${(results.get(c.file) as Error).message}`)).toEqual([]);
    const stillUnread = Object.keys(NOT_READ).filter((file) => results.get(file) instanceof FeedParseError);
    expect(stillUnread).toEqual(Object.keys(NOT_READ));
  });

  it('reads a well-formed file with no feed in it as no stories, or refuses it with a FeedParseError', () => {
    const shells = wellFormed.filter((c) => isEmptyShell(c.file));
    expect(shells.length).toBeGreaterThan(100);
    const other = shells.filter((c) => {
      const r = results.get(c.file);
      return !(r instanceof FeedParseError) && (r instanceof Error || r!.entries.length > 0);
    });
    expect(other.map((c) => c.file)).toEqual([]);
  });

  it.each(checks.filter((c) => !KNOWN_DIFFERENCES[c.file]))('$file: $scope $field is what its Expect line says', ({ file, scope, field, value }) => {
    const feed = results.get(file);
    expect(feed).not.toBeInstanceOf(Error);
    const holder = scope === 'feed' ? (feed as ParsedFeed) : (feed as ParsedFeed).entries[0];
    const actual = holder?.[field];
    // Upstream's mock server was http://127.0.0.1:8097; ours has its own port.
    if (field === 'link') expect(actual).toBe(new URL(value.replace('http://127.0.0.1:8097', fixture.url(''))).href);
    else expect(actual).toBe(htmlToLine(value));
  });

  it('keeps the list of known differences honest: each still differs', () => {
    const stale = checks.filter((c) => KNOWN_DIFFERENCES[c.file]).filter(({ file, scope, field, value }) => {
      const feed = results.get(file) as ParsedFeed;
      const actual = (scope === 'feed' ? feed : feed.entries[0])?.[field];
      return actual === (field === 'link' ? value : htmlToLine(value));
    });
    expect(stale.map((c) => c.file)).toEqual([]);
  });
});
