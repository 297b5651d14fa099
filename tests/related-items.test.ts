import { expect } from '@open-wc/testing';
import { checkItems, urlKey } from '../src/components/related-content/items.js';
import { cleanText } from '../src/internal/feed-common.js';

/** What a link's identity must be: parsed, without the fragment or a trailing slash. */
function parsedKey(url: string, base: string): string {
  const parsed = new URL(url, base);
  parsed.hash = '';
  parsed.pathname = parsed.pathname.replace(/(.)\/+$/, '$1');
  return parsed.href;
}

describe('related items: link identity and text', () => {
  const bases = ['https://news.example/world/story', 'http://news.example:8080/', 'https://user:pw@news.example/a', 'https://news.example:443/x?y#z'];
  const urls = [
    '/news/a-story',
    '/news/A_story~2',
    '/news/a-story/',
    '/news/../a-story',
    '/news/./a-story',
    '/news/%61-story',
    '/news/a story',
    '//other.example/a',
    '/news/a-story?x=1',
    '/news/a-story#top',
    'https://news.example/news/a-story',
    'HTTPS://NEWS.EXAMPLE/news/a-story/',
    'relative/path',
  ];
  for (const base of bases) {
    it(`gives every link the identity a URL parser gives it (base ${base})`, () => {
      for (const url of urls) expect(urlKey(url, base), url).to.equal(parsedKey(url, base));
      // Asked again (from the cache), the same.
      for (const url of urls) expect(urlKey(url, base), url).to.equal(parsedKey(url, base));
    });
  }

  it('keeps one of links that differ only by spelling, whatever the base', () => {
    const { items } = checkItems(
      [
        { title: 'One', url: '/news/a-story' },
        { title: 'Two', url: 'https://news.example/news/a-story/' },
        { title: 'Three', url: '/news/a-story#top' },
        { title: 'Four', url: '/news/b-story' },
      ],
      { keyBase: 'https://news.example/' },
    );
    expect(items.map((item) => item.title)).to.deep.equal(['One', 'Four']);
  });

  it('collapses runs of whitespace and trims, leaving single-spaced text as it is', () => {
    expect(cleanText('  Seoul  counts\n\tthe containers ')).to.equal('Seoul counts the containers');
    expect(cleanText('Seoul counts the containers')).to.equal('Seoul counts the containers');
    expect(cleanText('a\u00a0b')).to.equal('a b');
    expect(cleanText('a\tb')).to.equal('a b');
    expect(cleanText(' lone ')).to.equal('lone');
    expect(cleanText(42)).to.equal('');
  });
});
