/**
 * The sample article every story and the demo page show: a news report on
 * North Korean munitions shipments to Russia (March 2024), written for Lede.
 */
export const sampleArticle = {
  kicker: 'News',
  kickerHref: '/news/',
  headline: 'North Korea has sent Russia thousands of containers of munitions, Seoul says',
  standfirst: 'South Korea counts some 7,000 shipping containers of shells and military equipment since last summer.',
  published: '2024-03-19T17:17:00Z',
  timeZone: 'America/New_York',
  image: {
    alt: 'Shipping containers stacked several high in a freight yard',
    caption: 'Most of the cargo now goes by rail rather than by sea, according to Seoul.',
    credit: 'East News | Alexander Zemlianichenko',
    width: 1200,
    height: 800,
  },
  quote: {
    text: 'The missiles fired this week were most likely being given a last test before being sent on to Russia.',
    speaker: 'Shin Won-sik',
    speakerTitle: 'South Korean Minister of National Defence',
    cite: 'https://example.com/news/seoul-briefing-2024-03-18',
  },
  related: [
    {
      title: 'Seoul adds shipping firms to its sanctions list',
      url: '/news/seoul-sanctions-shipping-firms',
      kicker: 'Sanctions',
      published: '2024-03-18T09:30:00Z',
    },
    {
      title: 'Freight traffic rises on the Khasan–Rajin rail link',
      url: '/news/rail-link-khasan',
      kicker: 'Logistics',
      published: '2024-03-17T14:00:00Z',
    },
    {
      title: 'Analysis: how long can Russia’s artillery stockpiles last?',
      url: '/analysis/artillery-stockpiles',
      kicker: 'Analysis',
      published: '2024-03-15T06:00:00Z',
    },
  ],
  live: {
    topic: 'War in Ukraine',
    message: 'Follow our live coverage for the latest updates',
    href: '/live/war-in-ukraine',
  },
} as const;
