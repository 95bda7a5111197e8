import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/ingest/canonical-url.js';
import { htmlToCleanText, htmlToLine } from '../../src/ingest/clean-text.js';
import { isSameStory } from '../../src/ingest/story-fingerprint.js';

describe('canonical links', () => {
  it('drop tracking parameters, fragments, www, a trailing slash and the scheme', () => {
    expect(canonicalUrl('https://www.NME.com/news/music/story/?utm_source=rss&utm_medium=feed&fbclid=x#comments')).toBe('nme.com/news/music/story');
    expect(canonicalUrl('http://nme.com/news/music/story')).toBe('nme.com/news/music/story');
  });

  it('keep parameters that choose the page, in a stable order', () => {
    expect(canonicalUrl('https://site.test/article?p=2&id=7&gclid=z')).toBe('site.test/article?id=7&p=2');
  });

  it('refuse what is not an http(s) link', () => {
    expect(canonicalUrl('mailto:editor@nme.com')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
  });
});

describe('clean text from feed HTML', () => {
  it('decodes entities, drops markup and scripts, and keeps one paragraph a line', () => {
    const text = htmlToCleanText('<p>Led Zeppelin&rsquo;s <b>Jimmy Page</b> &amp; friends.</p><script>alert(1)</script><p>Second <a href="/x">paragraph</a>.</p>');
    expect(text).toBe('Led Zeppelin’s Jimmy Page & friends.\n\nSecond paragraph.');
  });

  it('never lets article text ping a channel', () => {
    const text = htmlToLine('Fans yelled @everyone and @here; <!channel> <@123456> &lt;!here&gt;');
    expect(text).not.toMatch(/@everyone|@here|<!channel>|<@123456>|<!here>/u);
    expect(text).toContain('everyone');
  });
});

describe('the same story from two outlets', () => {
  it('is recognised from similar headlines', () => {
    expect(isSameStory({ title: 'Jimmy Page announces farewell solo tour across Europe', lead: '' }, { title: 'Jimmy Page Announces Farewell Solo Tour of Europe', lead: '' })).toBe(true);
  });

  it('is recognised from shared openings when headlines differ', () => {
    const lead = 'Jimmy Page will play his last concert at the Royal Albert Hall in London on 12 December, his manager confirmed on Tuesday, ending six decades on stage.';
    expect(isSameStory({ title: 'The end of an era', lead }, { title: 'Page bows out', lead: `${lead} Tickets go on sale Friday.` })).toBe(true);
  });

  it('keeps different stories about the same artist apart', () => {
    expect(isSameStory({ title: 'Jimmy Page announces farewell tour', lead: 'The guitarist will play twelve dates in Europe next spring.' }, { title: 'Jimmy Page cancels London show after injury', lead: 'A hand injury forced the guitarist to call off Friday night’s concert.' })).toBe(false);
  });
});
