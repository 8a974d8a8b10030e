import { PROVIDER_IDS, PROVIDERS } from './providers.js';
import { SETTING_SECTIONS } from './index.js';
import { eachSetting, type SettingsTree } from './setting.js';

/** A Markdown table laid out as Prettier lays it out, so the README stays formatted. */
function markdownTable(header: string[], rows: string[][]): string {
  const width = (cell: string) => [...cell].length;
  const widths = header.map((title, column) =>
    Math.max(3, width(title), ...rows.map((row) => width(row[column] ?? ''))),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell + ' '.repeat(widths[column]! - width(cell))).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const cell = (markdown: string) => markdown.replaceAll('|', '\\|');

function settingsTable(tree: SettingsTree): string {
  const rows = [...eachSetting(tree)]
    .map(([, setting]) => setting)
    .filter((setting) => setting.tableRow)
    .map((setting) => [`\`${setting.name}\``, cell(setting.shownDefault), cell(setting.description)]);
  return markdownTable(['variable', 'default', 'meaning'], rows);
}

function providersTable(): string {
  const rows = PROVIDER_IDS.map((id) => {
    const provider = PROVIDERS[id];
    return [`\`${id.toUpperCase()}\``, `\`${provider.url}\``, provider.enabled ? 'yes' : 'no', cell(provider.usedFor)];
  });
  return markdownTable(['provider', 'default base URL', 'on by default', 'used for'], rows);
}

function sectionTables(id: string, tree: SettingsTree): string {
  return id === 'providers' ? `${providersTable()}\n\n${settingsTable(tree)}` : settingsTable(tree);
}

/**
 * The README with every settings region (between `<!-- settings:<id> -->` and `<!-- /settings:<id> -->`) holding
 * the table its declarations produce. A section without its region in the README is an error: the table would be
 * missing.
 */
export function withSettingsTables(readme: string): string {
  let text = readme;
  for (const [id, tree] of Object.entries(SETTING_SECTIONS)) {
    const open = `<!-- settings:${id} -->`;
    const close = `<!-- /settings:${id} -->`;
    const start = text.indexOf(open);
    const end = text.indexOf(close);
    if (start < 0 || end < start) throw new Error(`README.md has no ${open} … ${close} region`);
    text = `${text.slice(0, start + open.length)}\n\n${sectionTables(id, tree)}\n\n${text.slice(end)}`;
  }
  return text;
}
