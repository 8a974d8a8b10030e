import { ValidationError } from '@app/core';
import type { SettingField, Settings } from '../targets/target.js';

const MASK = '********';
const MAX_SETTING_LENGTH = 2000;

/** A secret as the API shows it: its last four characters when it is long enough to keep them hidden. */
export function maskSecret(value: string): string {
  return value.length >= 12 ? `${MASK}${value.slice(-4)}` : MASK;
}

export function maskSettings(fields: readonly SettingField[], settings: Settings): Record<string, string> {
  const secret = new Set(fields.filter((field) => field.secret).map((field) => field.name));
  return Object.fromEntries(
    Object.entries(settings).map(([name, value]) => [name, secret.has(name) ? maskSecret(value) : value]),
  );
}

/**
 * The settings to store: checked against the kind's fields (each problem names `settings.<name>`); a secret sent
 * back masked, as GET showed it, keeps the stored value, but only while every URL stays as stored: a changed URL
 * would otherwise carry the stored secret to a host the person who typed it never chose.
 */
export function acceptSettings(
  fields: readonly SettingField[],
  given: Record<string, unknown>,
  stored: Settings = {},
): Record<string, string> {
  const known = new Map(fields.map((field) => [field.name, field]));
  for (const name of Object.keys(given)) {
    if (!known.has(name)) {
      const names = fields.map((field) => field.name).join(', ');
      throw new ValidationError(`settings.${name}`, `settings.${name} is not a setting of this kind (${names})`);
    }
  }
  const changedUrl = fields.find(
    (field) => field.url && stored[field.name] !== undefined && trimmed(given[field.name]) !== stored[field.name],
  );
  const accepted: Record<string, string> = {};
  for (const field of fields) {
    const raw = given[field.name];
    if (changedUrl && field.secret && typeof raw === 'string' && raw.trim().startsWith(MASK)) {
      const name = `settings.${field.name}`;
      throw new ValidationError(
        name,
        `${name} must be typed again: settings.${changedUrl.name} changed, and the stored secret only goes to the URL it was saved with`,
      );
    }
    const value = settingValue(field, raw, stored[field.name]);
    if (value !== undefined) accepted[field.name] = value;
  }
  return accepted;
}

function settingValue(field: SettingField, raw: unknown, stored: string | undefined): string | undefined {
  const name = `settings.${field.name}`;
  if (raw !== undefined && raw !== null && typeof raw !== 'string')
    throw new ValidationError(name, `${name} must be a string`);
  let value = typeof raw === 'string' ? raw.trim() : '';
  if (field.secret && value.startsWith(MASK)) value = stored ?? '';
  if (!value) {
    if (field.required) throw new ValidationError(name, `${name} is required`);
    return undefined;
  }
  if (value.length > MAX_SETTING_LENGTH) {
    throw new ValidationError(name, `${name} must be at most ${MAX_SETTING_LENGTH} characters`);
  }
  if (field.url && !isHttpUrl(value)) throw new ValidationError(name, `${name} must be an http(s) URL`);
  return value;
}

function trimmed(raw: unknown): unknown {
  return typeof raw === 'string' ? raw.trim() : raw;
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
