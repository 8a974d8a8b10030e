import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROVIDER_IDS } from './app-config.js';
import { ENV_KEYS } from './load-config.js';

const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');

describe('README configuration tables', () => {
  it.each(Object.values(ENV_KEYS).map((k) => k.name))('document %s', (name) => {
    expect(readme).toContain(`\`${name}\``);
  });

  it.each(PROVIDER_IDS.map((id) => id.toUpperCase()))('list the provider %s', (id) => {
    expect(readme).toContain(`\`${id}\``);
  });
});
