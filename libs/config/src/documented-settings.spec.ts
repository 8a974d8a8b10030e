import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withSettingsTables } from './settings/readme-tables.js';

describe('README configuration tables', () => {
  it('are the tables the settings declarations produce (npm run docs:settings rewrites them)', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    expect(withSettingsTables(readme)).toBe(readme);
  });
});
