/** Custom Elements Manifest: read by Storybook's docs and controls and by editors. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/react/**'],
  outdir: '.',
  litelement: true,
  // Elements are registered through defineElement(), which the analyzer does not know.
  plugins: [
    {
      name: 'lede-define-element',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
        const [tag, element] = node.arguments;
        if (!tag || !element || !ts.isStringLiteral(tag)) return;
        const className = element.getText();
        moduleDoc.exports ??= [];
        moduleDoc.exports.push({
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: className, module: moduleDoc.path },
        });
      },
      packageLinkPhase({ customElementsManifest }) {
        // The guard's own customElements.define(tag, element) is not a tag.
        for (const mod of customElementsManifest.modules) {
          mod.exports = (mod.exports ?? []).filter(
            (e) => !(e.kind === 'custom-element-definition' && e.declaration.name === 'element'),
          );
        }
        // Attach tag names to the classes they register.
        const definitions = customElementsManifest.modules.flatMap((m) =>
          (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'),
        );
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            const definition = definitions.find((d) => d.declaration.name === declaration.name);
            if (definition && declaration.customElement) declaration.tagName = definition.name;
          }
        }
        for (const mod of customElementsManifest.modules) {
          for (const e of mod.exports ?? []) {
            if (e.kind !== 'custom-element-definition') continue;
            const owner = customElementsManifest.modules.find((m) =>
              (m.declarations ?? []).some((d) => d.name === e.declaration.name),
            );
            if (owner) e.declaration.module = owner.path;
          }
        }
      },
    },
  ],
};
