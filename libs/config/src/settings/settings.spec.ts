import { SETTING_SECTIONS, SETTINGS } from './index.js';
import { withSettingsTables } from './readme-tables.js';
import { eachSetting } from './setting.js';

describe('setting declarations', () => {
  it('name each environment variable once', () => {
    const names = [...eachSetting(SETTINGS)].map(([, setting]) => setting.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it('give each AppConfig group to one section only, so no section hides another', () => {
    const groups = Object.values(SETTING_SECTIONS).flatMap((section) => Object.keys(section));
    expect(groups.filter((group, index) => groups.indexOf(group) !== index)).toEqual([]);
    expect(Object.keys(SETTINGS)).toHaveLength(groups.length);
  });

  it('are read in declaration order, section by section', () => {
    const bySection = Object.values(SETTING_SECTIONS).flatMap((section) =>
      [...eachSetting(section)].map(([, setting]) => setting.name),
    );
    expect([...eachSetting(SETTINGS)].map(([, setting]) => setting.name)).toEqual(bySection);
  });
});

describe('withSettingsTables', () => {
  const regions = Object.keys(SETTING_SECTIONS)
    .map((id) => `<!-- settings:${id} -->\nSTALE TABLE\n<!-- /settings:${id} -->`)
    .join('\n\n');

  it('fills each marked region with its table and leaves the text around it alone', () => {
    const readme = `# Title\n\nintro\n\n${regions}\n\nafter\n`;
    const written = withSettingsTables(readme);
    expect(written).not.toContain('STALE TABLE');
    expect(written.startsWith('# Title\n\nintro\n\n<!-- settings:engine -->\n\n| variable ')).toBe(true);
    expect(written.endsWith('<!-- /settings:torrents -->\n\nafter\n')).toBe(true);
    expect(written).toContain(`| \`${SETTINGS.server.port.name}\` `);
    expect(written).toContain('| `MUSICBRAINZ` ');
    expect(withSettingsTables(written)).toBe(written);
  });

  it('lists the providers in their own table, not as rows of the settings table', () => {
    const written = withSettingsTables(regions);
    expect(written).not.toContain(SETTINGS.providers.musicbrainz.baseUrl.name);
    expect(written).toContain(`| \`${SETTINGS.providers.contact.name}\` `);
  });

  it('refuses a README without the region of a section', () => {
    const withoutWatch = regions.replace('<!-- settings:watch -->', '');
    expect(() => withSettingsTables(withoutWatch)).toThrow(
      'README.md has no <!-- settings:watch --> … <!-- /settings:watch --> region',
    );
  });
});
