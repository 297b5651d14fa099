/**
 * The five elements as a newsroom writes them in WordPress: raw HTML (in a
 * Custom HTML block or the classic editor) and shortcodes. The HTML is the
 * documented markup with the traps the issue met: blank lines around and
 * inside the elements (wpautop), straight quotes and a raw `>` and `\"` in a
 * JSON attribute (wptexturize, kses), a `fetchpriority="high"` lead image
 * (lazy loading) and hostile bits (an event handler, javascript: URLs).
 */
export const leadImage = '/wp-content/uploads/lede-lead.svg';

/** The article as raw HTML; `imageHint` goes on the lead <img> (classic content relies on the element's `priority` alone). */
const article = (imageHint) => `<lede-live-banner topic="War in Ukraine" href="/live/war-in-ukraine">
Follow our live coverage for the latest updates
</lede-live-banner>

<lede-article-header kicker="News" kicker-href="javascript:alert(1)" published="2024-03-19T17:17:00Z" time-zone="America/New_York" authors='[{"name":"Jane Doe","url":"/authors/jane-doe"},{"name":"Kim \\"KJ\\" Min-jun > Seoul","url":"javascript:alert(2)"}]'>

<h1>North Korea has sent Russia "thousands" of containers, Seoul says</h1>

<p slot="standfirst">South Korea counts some 7,000 shipping containers of shells since last summer.</p>

</lede-article-header>

<lede-captioned-image credit="East News | Alexander Zemlianichenko" priority>
<img src="${leadImage}" alt="Shipping containers stacked in a freight yard" width="1200" height="800"${imageHint}>
Most of the cargo now goes by rail rather than by sea, according to Seoul.
</lede-captioned-image>

<lede-quote-block speaker="Shin Won-sik" speaker-title="South Korea's defence minister" cite="https://example.com/briefing" onclick="alert(3)">

<p>It is very likely the missiles were being given a last test before being sent to Russia.</p>

</lede-quote-block>

<lede-related-content heading="More on this story">
<ul>
<li><a href="/news/seoul-sanctions">Seoul adds shipping firms to its sanctions list</a></li>
<li><a href="javascript:alert(4)">A link that must not survive</a></li>
</ul>
</lede-related-content>`;

export const html = article('');

/** The article in a Custom HTML block of the block editor, its lead image marked fetchpriority="high" as well. */
export const block = `<!-- wp:html -->\n${article(' fetchpriority="high"')}\n<!-- /wp:html -->`;

export const shortcodes = `[lede_live_banner topic="War in Ukraine" href="/live/war-in-ukraine"]
Follow our live coverage for the latest updates
[/lede_live_banner]

[lede_article_header kicker="News" kicker_href="/news/" published="2024-03-19T17:17:00Z" time_zone="America/New_York" authors='Jane Doe | /authors/jane-doe; Kim "KJ" Min-jun | javascript:alert(2)' standfirst="South Korea counts some 7,000 shipping containers of shells since last summer."]
North Korea has sent Russia "thousands" of containers, Seoul says
[/lede_article_header]

[lede_captioned_image src="${leadImage}" alt="Shipping containers stacked in a freight yard" width="1200" height="800" credit="East News | Alexander Zemlianichenko" priority]
Most of the cargo now goes by rail rather than by sea, according to Seoul.
[/lede_captioned_image]

[lede_quote_block speaker="Shin Won-sik" speaker_title="South Korea's defence minister" cite="https://example.com/briefing"]
It is very likely the missiles were being given a last test before being sent to Russia.
[/lede_quote_block]

[lede_related_content heading="More on this story"]
[lede_related_item url="/news/seoul-sanctions" title="Seoul adds shipping firms to its sanctions list"]
[lede_related_item url="javascript:alert(4)" title="A link that must not survive"]
[/lede_related_content]`;

/** A contributor's JSON that cannot be read: removed on save, with a notice. */
export const brokenJson = `<lede-related-content heading="More" items='[{"title":"Seoul" "url":"/news/seoul"}]'>
<ul><li><a href="/news/seoul-sanctions">Seoul adds shipping firms to its sanctions list</a></li></ul>
</lede-related-content>`;

/** What every rendered post must show, element by element. */
export const expected = {
  headline: 'North Korea has sent Russia',
  standfirst: 'South Korea counts some 7,000 shipping containers',
  authors: ['Jane Doe', 'Kim "KJ" Min-jun'],
  caption: 'Most of the cargo now goes by rail rather than by sea, according to Seoul.',
  quote: 'It is very likely the missiles were being given a last test before being sent to Russia.',
  speaker: 'Shin Won-sik',
  relatedLink: '/news/seoul-sanctions',
  topic: 'War in Ukraine',
  message: 'Follow our live coverage for the latest updates',
};
