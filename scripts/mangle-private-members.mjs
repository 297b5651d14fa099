/**
 * Shortens the names of TypeScript `private` class members in the
 * script-tag builds (issue 12: every reader downloads them). A member name
 * such as `renderStandfirst` is written on each use; renamed to `$b` it
 * saves bytes in every chunk that uses it.
 *
 * Why not Terser's property mangling: it renames a name everywhere, on any
 * object, so a private `items` would also rename `feed.items` read from a
 * JSON feed. This transformer asks TypeScript's checker what each
 * `x.name` refers to and renames only uses of a `private` member's
 * declaration.
 *
 * The mapping is computed from the whole program (every file of
 * tsconfig.build.json), so every build and every chunk agree on it.
 *
 * Kept as written:
 * - names that also appear as text: string literals, object keys (Lit's
 *   `static properties`), destructuring. Code may reach the member through
 *   that text.
 * - parameter properties (`constructor(private readonly tag)`).
 *
 * What stops the build instead of shipping a broken bundle: a renamed
 * member reached other than as `x.name` (an element access, a shorthand),
 * and `x.name` on a value typed `any` when `name` is renamed somewhere
 * (the checker cannot say whose member it is: give the value a type). A
 * cast to a structural type that redeclares a private member's name (`el as
 * { name: string }`) is not caught: do not reach private members that way.
 */
import ts from 'typescript';

/** `$a` … `$Z`, then `$aa` …: `$` keeps them apart from Lit's (`_$…`) and the DOM's names. */
function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  let rest = index;
  do {
    name = letters[rest % letters.length] + name;
    rest = Math.floor(rest / letters.length) - 1;
  } while (rest >= 0);
  return `$${name}`;
}

const isClassMember = (node) =>
  ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node);

const isPrivateMember = (node) =>
  isClassMember(node) && ts.isIdentifier(node.name) && (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Private) !== 0 && !ts.getDecorators?.(node)?.length;

/** Whether a symbol stands for a private member: every one of its declarations is one. */
function isPrivateSymbol(symbol) {
  const declarations = symbol?.declarations ?? [];
  return declarations.length > 0 && declarations.every(isPrivateMember);
}

/** Calls `visit(node, parent)` on every node under `node` (parents passed along: a program need not set them). */
function walk(node, visit, parent = undefined) {
  visit(node, parent);
  ts.forEachChild(node, (child) => walk(child, visit, node));
}

/** Private member names of the program that are safe to rename, each with its short name. */
export function privateMemberNames(program) {
  const privateNames = new Set();
  const uses = new Map();
  const asText = new Set();
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || file.fileName.includes('/node_modules/')) continue;
    walk(file, (node, parent) => {
      if (isPrivateMember(node)) privateNames.add(node.name.text);
      if (ts.isPropertyAccessExpression(node)) uses.set(node.name.text, (uses.get(node.name.text) ?? 0) + 1);
      if (ts.isStringLiteralLike(node)) asText.add(node.text);
      if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node) || ts.isMethodDeclaration(node)) && parent && ts.isObjectLiteralExpression(parent) && ts.isIdentifier(node.name)) {
        asText.add(node.name.text);
      }
      if (ts.isBindingElement(node)) {
        if (node.propertyName && ts.isIdentifier(node.propertyName)) asText.add(node.propertyName.text);
        else if (ts.isIdentifier(node.name)) asText.add(node.name.text);
      }
      if (ts.isParameter(node) && ts.getCombinedModifierFlags(node) & ts.ModifierFlags.ParameterPropertyModifier && ts.isIdentifier(node.name)) asText.add(node.name.text);
    });
  }
  // The most used names get the shortest; ties in name order, so every build computes the same mapping.
  // Names of three letters or fewer would save nothing.
  const names = [...privateNames]
    .filter((name) => !asText.has(name) && name.length > 3)
    .sort((a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  return new Map(names.map((name, index) => [name, shortName(index)]));
}

function fail(sourceFile, node, problem) {
  const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
  throw new Error(`${sourceFile.fileName}:${line + 1}: ${problem}.`);
}

/** The TypeScript transformer factory for `program`: renames its `private` members' declarations and uses. */
export function privateMemberTransformer(program) {
  const mapping = privateMemberNames(program);
  const checker = program.getTypeChecker();
  const renamed = (symbol) => (isPrivateSymbol(symbol) ? mapping.get(symbol.name) : undefined);
  return (context) => (sourceFile) => {
    const { factory } = context;
    const visit = (node) => {
      if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.name)) {
        const name = renamed(checker.getSymbolAtLocation(node.name));
        if (!name && mapping.has(node.name.text) && !ts.isPartOfTypeNode(node) && checker.getTypeAtLocation(node.expression).flags & ts.TypeFlags.Any) {
          fail(sourceFile, node.name, `reads "${node.name.text}" from a value typed any, and a private member of that name is renamed in the script-tag builds; give the value a type`);
        }
        const visited = ts.visitEachChild(node, visit, context);
        if (!name) return visited;
        return ts.isPropertyAccessChain(visited)
          ? factory.updatePropertyAccessChain(visited, visited.expression, visited.questionDotToken, factory.createIdentifier(name))
          : factory.updatePropertyAccessExpression(visited, visited.expression, factory.createIdentifier(name));
      }
      if (isPrivateMember(node) && mapping.has(node.name.text)) {
        const visited = ts.visitEachChild(node, visit, context);
        const id = factory.createIdentifier(mapping.get(node.name.text));
        if (ts.isPropertyDeclaration(visited)) return factory.updatePropertyDeclaration(visited, visited.modifiers, id, visited.questionToken ?? visited.exclamationToken, visited.type, visited.initializer);
        if (ts.isMethodDeclaration(visited)) return factory.updateMethodDeclaration(visited, visited.modifiers, visited.asteriskToken, id, visited.questionToken, visited.typeParameters, visited.parameters, visited.type, visited.body);
        if (ts.isGetAccessorDeclaration(visited)) return factory.updateGetAccessorDeclaration(visited, visited.modifiers, id, visited.parameters, visited.type, visited.body);
        return factory.updateSetAccessorDeclaration(visited, visited.modifiers, id, visited.parameters, visited.body);
      }
      if (ts.isIdentifier(node) && mapping.has(node.text) && node.parent && !ts.isPropertyAccessExpression(node.parent) && !isClassMember(node.parent) && !ts.isPartOfTypeNode(node)) {
        // Any other use of a renamed member (an element access, an object key) would now miss it.
        if (renamed(checker.getSymbolAtLocation(node))) {
          fail(sourceFile, node, `uses private member "${node.text}" in a way the build cannot rename; write it as this.${node.text}`);
        }
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitNode(sourceFile, visit);
  };
}

/** `transformers` for @rollup/plugin-typescript. */
export function manglePrivateMembers() {
  return { before: [{ type: 'program', factory: privateMemberTransformer }] };
}
