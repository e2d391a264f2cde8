// Configuration of `cem analyze` (@custom-elements-manifest/analyzer 0.11), which
// writes custom-elements.json from the element classes and their JSDoc tags.
import { posix } from 'node:path';

/**
 * Records `defineElement('tag', Class)` calls (src/core/define.ts) as custom
 * element definitions. The analyzer only recognises `customElements.define`
 * itself, so without this no class would get its tag name.
 */
function defineElementCallsPlugin() {
  return {
    name: 'crm-view360 defineElement calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tagArgument, classArgument] = node.arguments;
      if (!tagArgument || !ts.isStringLiteral(tagArgument) || !classArgument) return;
      const className = classArgument.getText();
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tagArgument.text,
        declaration: { name: className, module: moduleOfBinding(ts, node.getSourceFile(), className, moduleDoc.path) },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      // defineElement's own `customElements.define(name, constructor)` is not a definition.
      const classNames = new Set(
        customElementsManifest.modules.flatMap((module) =>
          (module.declarations ?? []).filter((item) => item.kind === 'class').map((item) => item.name),
        ),
      );
      for (const module of customElementsManifest.modules) {
        module.exports = module.exports?.filter(
          (item) => item.kind !== 'custom-element-definition' || classNames.has(item.declaration.name),
        );
      }
    },
  };
}

/** Returns the module path that `name` is imported from, or the current module's path. */
function moduleOfBinding(ts, sourceFile, name, currentPath) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    if (!bindings.elements.some((element) => element.name.text === name)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (specifier.startsWith('.')) return posix.join(posix.dirname(currentPath), specifier);
  }
  return currentPath;
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  plugins: [defineElementCallsPlugin()],
};
