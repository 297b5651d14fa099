/// <reference types="lede-elements/jsx" />
// The one-line setup for React and Preact together (projects with skipLibCheck, as Vite's, Next's and Angular's are).
export const page = <lede-related-content layout="compact" items={[{ title: 'A', url: '/a' }]} onlede-related-select={(event) => event.item.url} />;
// @ts-expect-error layout is list, grid or compact
export const wrong = <lede-related-content layout="carousel" />;
