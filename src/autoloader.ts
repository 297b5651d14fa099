/**
 * The opt-in autoloader (dist/cdn/autoloader.js): one small module that
 * registers only the Lede elements a page uses, instead of all of them.
 *
 *   <script type="module" src="https://cdn.example/lede-elements/dist/cdn/autoloader.js"></script>
 *
 * It imports `lede-<name>.js` from its own folder for every undefined
 * `<lede-*>` element in the document, now and whenever one is added later
 * (a CMS widget, an infinite-scroll article). Elements inside shadow roots
 * are not watched: a component that renders Lede elements in its own shadow
 * root imports their modules itself.
 *
 * It imports nothing of Lede's statically, so it stays a few hundred bytes.
 */

const PREFIX = 'lede-';
const requested = new Set<string>();

/** Imports the module of every not-yet-defined `<lede-*>` element at or under `root`. */
function load(root: Element | Document): void {
  const candidates = root.querySelectorAll(':not(:defined)');
  const elements = root instanceof Element ? [root, ...candidates] : candidates;
  for (const element of elements) {
    const tag = element.localName;
    if (!tag.startsWith(PREFIX) || requested.has(tag) || customElements.get(tag)) continue;
    requested.add(tag);
    import(new URL(`${tag}.js`, import.meta.url).href).catch(() => {
      console.warn(
        `<${tag}> tag name: the Lede autoloader found no module for it next to autoloader.js. ` +
          'Check the spelling of the tag, and that this version of lede-elements has that element.',
      );
    });
  }
}

if (typeof document !== 'undefined' && typeof customElements !== 'undefined') {
  load(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) load(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
