import { expect } from '@open-wc/testing';
import { FeedError, readFeed, type FeedEntry } from '../src/internal/feed.js';

/** Every entry of a feed body at once (`readFeed` hands them out lazily). */
const parseFeed = async (body: string, contentType = ''): Promise<FeedEntry[]> => Array.from(await readFeed(body, contentType));

const thrown = async (run: () => Promise<unknown>): Promise<Error> => {
  try {
    await run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a FeedError');
};

describe('parseFeed', () => {
  it('reads JSON Feed items: url or external_url, image or banner_image, _lede kicker and image_alt, first tag as kicker', async () => {
    const entries = await parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          { title: ' A\n title ', external_url: 'https://x.example/a', banner_image: '/b.jpg', tags: ['World', 'Asia'], date_published: '2024-03-18T12:00:00Z' },
          { title: 'B', url: '/b', _lede: { kicker: 'Analysis', image_alt: 'A chart' }, image: '/c.jpg', tags: ['Ignored'] },
          null,
        ],
      }),
      'application/feed+json; charset=utf-8',
    );
    expect(entries[0]).to.deep.equal({
      title: 'A title',
      url: 'https://x.example/a',
      image: '/b.jpg',
      imageAlt: undefined,
      kicker: 'World',
      published: '2024-03-18T12:00:00Z',
    });
    expect(entries[1]).to.include({ kicker: 'Analysis', imageAlt: 'A chart', image: '/c.jpg' });
    expect(entries[2]).to.include({ title: '', url: '' });
  });

  it('keeps non-string values out of the text', async () => {
    const [entry] = await parseFeed('{"items":[{"title":{"html":"<b>x</b>"},"url":42}]}', 'application/json');
    expect(entry).to.include({ title: '', url: '' });
  });

  it('reads RSS 2.0: link, else a permalink guid; Media RSS or image enclosures; category; pubDate', async () => {
    const entries = await parseFeed(
      `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
        <item><title>One</title><guid isPermaLink="false">urn:1</guid><media:content url="/one.jpg" medium="image"/></item>
        <item><title>Two</title><guid>https://x.example/two</guid><enclosure url="/two.png" type="image/png"/><category>World</category></item>
        <item><title>Three</title><link>https://x.example/three</link><pubDate>Mon, 18 Mar 2024 12:00:00 GMT</pubDate></item>
      </channel></rss>`,
      'application/rss+xml',
    );
    expect(entries.map((e) => e.url)).to.deep.equal(['', 'https://x.example/two', 'https://x.example/three']);
    expect(entries.map((e) => e.image)).to.deep.equal(['/one.jpg', '/two.png', undefined]);
    expect(entries[1]!.kicker).to.equal('World');
    expect(entries[2]!.published).to.equal('Mon, 18 Mar 2024 12:00:00 GMT');
  });

  it('reads RSS 1.0 (RDF) items with dc:date', async () => {
    const entries = await parseFeed(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>C</title></channel>
        <item><title>One</title><link>https://x.example/1</link><dc:date>2024-03-18</dc:date></item>
      </rdf:RDF>`,
      'application/rdf+xml',
    );
    expect(entries).to.deep.equal([{ title: 'One', url: 'https://x.example/1', image: undefined, kicker: undefined, published: '2024-03-18' }]);
  });

  it('reads Atom: html titles become the text a reader sees (tags and script contents removed, references decoded), xhtml titles their text', async () => {
    const entries = await parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom">
        <entry><title type="html">Tom &amp;amp; Jerry &lt;script&gt;x()&lt;/script&gt; &amp;#8211; &amp;#x2014; &amp;nbsp;&amp;unknown;</title><link href="/a"/><updated>2024-03-18T12:00:00Z</updated><category term="world"/></entry>
        <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">An <b>xhtml</b> title</div></title><link rel="self" href="/self"/></entry>
      </feed>`,
      'application/atom+xml',
    );
    expect(entries[0]!.title).to.equal('Tom & Jerry – — &unknown;');
    expect(entries[0]!.kicker).to.equal('world');
    expect(entries[0]!.published).to.equal('2024-03-18T12:00:00Z');
    expect(entries[1]).to.include({ title: 'An xhtml title', url: '/self' });
  });

  it('sniffs the format when the server does not say, and refuses other types', async () => {
    expect(await parseFeed('  {"items":[]}', 'text/plain')).to.deep.equal([]);
    expect(await parseFeed('<rss><channel/></rss>', '')).to.deep.equal([]);
    expect((await thrown(() => parseFeed('{"items":[]}', 'text/html'))).message).to.contain('"text/html"');
    expect((await thrown(() => parseFeed('plain words', ''))).message).to.contain('no known type');
  });

  it('names the cause of a bad feed', async () => {
    const cases: Array<[string, string, string]> = [
      ['{"items": [', 'application/json', 'JSON is malformed'],
      ['{"title": "no items"}', 'application/json', 'no "items" array'],
      ['null', 'application/json', 'no "items" array'],
      ['<rss><channel>', 'application/xml', 'XML is malformed'],
      ['<html><body/></html>', 'text/xml', 'root element <html>'],
    ];
    for (const [body, type, cause] of cases) {
      const error = await thrown(() => parseFeed(body, type));
      expect(error, body).to.be.instanceOf(FeedError);
      expect(error.message, body).to.contain(cause);
    }
  });
});
