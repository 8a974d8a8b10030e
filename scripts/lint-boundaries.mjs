// Boundaries ESLint cannot see (part of `npm run lint`): every name a library's index exports is used outside the
// library, and no library names another's tables in SQL. Usage: node scripts/lint-boundaries.mjs [root]
import path from 'node:path';
import { foreignTables } from './lint/foreign-tables.mjs';
import { unusedExports } from './lint/unused-exports.mjs';

const root = path.resolve(process.argv[2] ?? '.');
const problems = [
  ...unusedExports(root).map(
    ({ index, name }) => `${index}: exports ${name}, which no other library or app imports (remove it from the index)`,
  ),
  ...foreignTables(root).map(
    ({ file, line, table, owner }) =>
      `${file}:${line}: names the table ${table}, which belongs to libs/${owner} (ask that library through its index)`,
  ),
];
for (const problem of problems) console.error(problem);
if (problems.length) {
  console.error(`${problems.length} boundary problem(s)`);
  process.exit(1);
}
console.log("boundaries: every index export is used elsewhere; no library names another library's tables");
