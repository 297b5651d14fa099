/**
 * The browser half of tests/node/react.test.mjs, bundled by esbuild: hydrates
 * the server's HTML (`?mode=hydrate`) or renders the same app from nothing
 * (`?mode=render`), and records every select event the app's handler gets.
 */
import { createElement as h, useState } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './react-app.mjs';

window.selected = [];
// The test clicks real links: stay on the page (the select event has fired by the time the click bubbles here).
window.addEventListener('click', (event) => event.preventDefault());

const onSelect = (event) => window.selected.push({ title: event.item.title, position: event.position, source: event.source });
/** The app, with its related items in React state that the test can change (`window.setRelated`). */
function Root() {
  const [related, setRelated] = useState(undefined);
  window.setRelated = setRelated;
  return h(App, { onSelect, related });
}
const app = h(Root);
const root = document.getElementById('root');
if (new URLSearchParams(location.search).get('mode') === 'render') createRoot(root).render(app);
else hydrateRoot(root, app, { onRecoverableError: (error) => console.error('React recovered from', String(error)) });
window.rendered = true;
