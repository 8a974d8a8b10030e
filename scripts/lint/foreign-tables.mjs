// A library's tables are its own: no other library's source names them in SQL or in a query builder call.
import ts from 'typescript';
import { isSpec, libNames, libOf, lineOf, parse, tsFiles } from './sources.mjs';

/** Query builder and manager calls whose string argument is a table name. */
const TABLE_ARGUMENT_CALLS = new Set([
  'from',
  'addFrom',
  'innerJoin',
  'leftJoin',
  'innerJoinAndSelect',
  'leftJoinAndSelect',
  'innerJoinAndMapOne',
  'leftJoinAndMapOne',
  'into',
  'update',
  'delete',
  'insert',
  'getRepository',
  'createQueryBuilder',
  'find',
  'findBy',
  'findOne',
  'findOneBy',
  'count',
  'save',
  'query',
]);

/** SQL is written with upper-case keywords here; a string with none of them is prose, not a query. */
const SQL = /\b(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|TRUNCATE)\b/;
const TABLE_AFTER_KEYWORD = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE|EXISTS)\s+"?([A-Za-z_][A-Za-z0-9_]*)"?/g;
const QUALIFIED_COLUMN = /(?<![\w.])"?([a-z_][a-z0-9_]*)"?\.(?=["a-z_*])/g;

/** Migrations are the schema's history: they name every table, whoever owns it. */
const EXEMPT = [/^libs\/db\/src\/migrations\//];

/**
 * Reaches kept on purpose, each with its reason. The library filters and sorts its track list by tempo, key and
 * energy with a join on the analysis table, which it names rather than depend on the analysis feature downstream
 * of it; moving that join into the analysis feature needs a query hook the library does not have yet.
 */
export const KNOWN_REACHES = [{ file: 'libs/library/src/index-store/audio-feature-query.ts', table: 'track_analysis' }];

const isKnown = (file, table, known) => known.some((k) => k.file === file && k.table === table);

/** Table name → the library whose entity declares it. */
export function tableOwners(root) {
  const owners = new Map();
  for (const lib of libNames(root)) {
    for (const file of tsFiles(root, `libs/${lib}/src`)) {
      if (isSpec(file)) continue;
      const text = parse(root, file).text;
      for (const match of text.matchAll(/@Entity\(\s*(?:\{[^}]*?name:\s*)?['"`]([^'"`]+)['"`]/g)) {
        owners.set(match[1], lib);
      }
    }
  }
  return owners;
}

/** The text of a string or template literal, with `?` for each substitution; undefined for other nodes. */
function literalText(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('?');
  return undefined;
}

function namedInCall(node) {
  const call = node.parent;
  if (!call || !ts.isCallExpression(call) || !call.arguments.includes(node)) return false;
  const callee = call.expression;
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
  return TABLE_ARGUMENT_CALLS.has(name);
}

function tablesIn(text, node, owners) {
  if (owners.has(text) && namedInCall(node)) return [text];
  if (!SQL.test(text)) return [];
  const names = [...text.matchAll(TABLE_AFTER_KEYWORD), ...text.matchAll(QUALIFIED_COLUMN)].map((m) => m[1]);
  return [...new Set(names.filter((name) => owners.has(name)))];
}

/** Every place a library's source names a table another library owns. */
export function foreignTables(root, known = KNOWN_REACHES) {
  const owners = tableOwners(root);
  const found = [];
  for (const lib of libNames(root)) {
    for (const file of tsFiles(root, `libs/${lib}/src`)) {
      if (isSpec(file) || EXEMPT.some((pattern) => pattern.test(file))) continue;
      const source = parse(root, file);
      const visit = (node) => {
        const text = literalText(node);
        if (text !== undefined) {
          for (const table of tablesIn(text, node, owners)) {
            const owner = owners.get(table);
            if (owner !== libOf(file) && !isKnown(file, table, known))
              found.push({ file, line: lineOf(source, node), table, owner });
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return found;
}
