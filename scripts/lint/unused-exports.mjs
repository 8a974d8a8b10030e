// A library's public index is what others use of it: each name it exports is imported by another library or an app.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { libNames, libOf, parse, tsFiles } from './sources.mjs';

const hasExportModifier = (node) => ts.getModifiers?.(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The .ts file a relative module specifier of `from` points at. */
function resolveRelative(root, from, specifier) {
  const base = path.posix.join(path.posix.dirname(from), specifier.replace(/\.js$/, ''));
  for (const candidate of [`${base}.ts`, `${base}/index.ts`]) {
    if (fs.existsSync(path.join(root, candidate))) return candidate;
  }
  throw new Error(`${from}: cannot resolve ${specifier}`);
}

/** The names a module exports, following `export * from './…'` into the files it names. */
export function exportedNames(root, file, seen = new Set()) {
  if (seen.has(file)) return [];
  seen.add(file);
  const names = [];
  for (const statement of parse(root, file).statements) {
    if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause;
      if (!clause) {
        const target = statement.moduleSpecifier.text;
        if (target.startsWith('.')) names.push(...exportedNames(root, resolveRelative(root, file, target), seen));
      } else if (ts.isNamespaceExport(clause)) names.push(clause.name.text);
      else names.push(...clause.elements.map((element) => element.name.text));
    } else if (hasExportModifier(statement)) {
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
        }
      } else if (statement.name) names.push(statement.name.text);
    }
  }
  return names;
}

/** What a file imports from each `@app/<lib>`: the names, or `*` when it takes the whole module. */
function importsOf(root, file) {
  const used = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      const lib = /^@app\/([^/]+)$/.exec(node.moduleSpecifier.text)?.[1];
      if (lib) {
        if (ts.isImportDeclaration(node)) {
          const bindings = node.importClause?.namedBindings;
          if (bindings && ts.isNamedImports(bindings)) {
            for (const el of bindings.elements) used.push({ lib, name: (el.propertyName ?? el.name).text });
          } else if (bindings || node.importClause?.name) used.push({ lib, name: '*' });
        } else if (node.exportClause && ts.isNamedExports(node.exportClause)) {
          for (const el of node.exportClause.elements) used.push({ lib, name: (el.propertyName ?? el.name).text });
        } else used.push({ lib, name: '*' });
      }
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      const lib = /^@app\/([^/]+)$/.exec(node.arguments[0].text)?.[1];
      if (lib) used.push({ lib, name: '*' });
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(root, file));
  return used;
}

/** Every name of a library's index that no other library and no app imports. */
export function unusedExports(root) {
  const libs = libNames(root);
  const users = [...tsFiles(root, 'apps'), ...libs.flatMap((lib) => tsFiles(root, `libs/${lib}`))];
  const used = new Map(libs.map((lib) => [lib, new Set()]));
  for (const file of users) {
    for (const { lib, name } of importsOf(root, file)) {
      if (lib !== libOf(file)) used.get(lib)?.add(name);
    }
  }
  return libs.flatMap((lib) => {
    const index = `libs/${lib}/src/index.ts`;
    const names = used.get(lib);
    if (names.has('*')) return [];
    return [...new Set(exportedNames(root, index))].filter((name) => !names.has(name)).map((name) => ({ index, name }));
  });
}
