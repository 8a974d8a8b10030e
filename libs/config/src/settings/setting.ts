import type { Parser } from '../env-schema.js';

/**
 * One setting, declared once: the environment variable (also a `truetrack.yml` key), its default as the text a
 * person would write, how the text is checked and turned into the value `AppConfig` holds, and its README line.
 */
export interface Setting<V> {
  readonly name: string;
  /** The text used when the variable is unset or empty; undefined = the value stays undefined. */
  readonly defaultValue: string | undefined;
  /** The README's "meaning" cell (Markdown). */
  readonly description: string;
  /** The README's "default" cell (Markdown). */
  readonly shownDefault: string;
  /** Read from the environment only, before `truetrack.yml` (which it locates). */
  readonly envOnly: boolean;
  /** Documented by a table of its own (the providers), not by a row of the settings table. */
  readonly tableRow: boolean;
  /** A key or password: a rejected value is not repeated in the error (boot logs are read by others). */
  readonly secret: boolean;
  read(raw: string): { value: V } | { error: string };
}

/** Settings grouped as `AppConfig` groups them: each key is where the value lands. */
export interface SettingsTree {
  readonly [key: string]: Setting<unknown> | SettingsTree;
}

/** The values a tree of settings loads into: the same keys, each setting replaced by its value. */
export type Loaded<T> = {
  -readonly [K in keyof T]: T[K] extends Setting<infer V> ? V : Loaded<T[K]>;
};

interface Presentation {
  /** README default cell when the default text alone would mislead (a default computed at start). */
  shown?: string;
  envOnly?: boolean;
  tableRow?: boolean;
  secret?: boolean;
}

interface WithDefault<T, V> extends Presentation {
  default: string;
  parse: Parser<T>;
  /** Turns the parsed value into the one `AppConfig` holds (e.g. minutes into milliseconds). */
  to?: (value: T) => V;
}

interface WithoutDefault<T> extends Presentation {
  parse: Parser<T>;
}

function shownDefault(defaultValue: string | undefined, shown: string | undefined): string {
  if (shown !== undefined) return shown;
  if (defaultValue === undefined) return '(unset)';
  return defaultValue === '' ? '(none)' : `\`${defaultValue}\``;
}

/** A setting that always has a value: its default when unset. */
export function setting<T, V = T>(name: string, description: string, spec: WithDefault<T, V>): Setting<V> {
  const to = spec.to ?? ((value: T) => value as unknown as V);
  return {
    name,
    description,
    defaultValue: spec.default,
    shownDefault: shownDefault(spec.default, spec.shown),
    envOnly: spec.envOnly ?? false,
    tableRow: spec.tableRow ?? true,
    secret: spec.secret ?? false,
    read: (raw) => {
      const parsed = spec.parse(raw);
      return 'error' in parsed ? parsed : { value: to(parsed.value) };
    },
  };
}

/** A setting that may stay unset (undefined). */
export function optional<T>(name: string, description: string, spec: WithoutDefault<T>): Setting<T | undefined> {
  return {
    name,
    description,
    defaultValue: undefined,
    shownDefault: shownDefault(undefined, spec.shown),
    envOnly: spec.envOnly ?? false,
    tableRow: spec.tableRow ?? true,
    secret: spec.secret ?? false,
    read: spec.parse,
  };
}

const isSetting = (node: Setting<unknown> | SettingsTree): node is Setting<unknown> =>
  typeof node['read'] === 'function';

/** Every setting of a tree with the path where its value lands, in declaration order. */
export function* eachSetting(tree: SettingsTree, at: string[] = []): Generator<[string[], Setting<unknown>]> {
  for (const [key, node] of Object.entries(tree)) {
    if (isSetting(node)) yield [[...at, key], node];
    else yield* eachSetting(node, [...at, key]);
  }
}

/** Unit conversions of settings given in person-sized units. */
export const minutes = (value: number) => value * 60_000;
export const hours = (value: number) => value * 3_600_000;
export const megabytes = (value: number) => value * 1024 * 1024;
