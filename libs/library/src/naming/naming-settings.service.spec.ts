import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { ValidationError } from '@app/core';
import type { AppConfig } from '@app/config';
import type { SettingsStore } from '@app/db';
import { NAMING_SETTING_KEY, NamingSettings } from './naming-settings.service.js';

/** The `setting` table as a map: the service only gets and sets whole values. */
function memoryStore(initial: Record<string, unknown> = {}) {
  const values = new Map(Object.entries(initial));
  const store = {
    get: async (key: string) => values.get(key),
    set: async (key: string, value: unknown) => void values.set(key, value),
    remove: async (key: string) => void values.delete(key),
  };
  return { values, store: store as unknown as SettingsStore };
}

const CONFIGURED = {
  album: '{Album Artist}/{Album Title} ({Release Year})/{Medium Prefix}{track:00} - {Track Title}',
  single: '{Artist}/Singles/{Artist} - {Track Title}',
  compilation: 'Compilations/{Album Title} ({Release Year})/{Medium Prefix}{track:00} - {Artist} - {Track Title}',
};
const config = { library: { templates: CONFIGURED } } as AppConfig;
const ALBUM = '{Artist}/{Album Title}/{track:00} {Track Title}';

beforeEach(() => {
  jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
});

afterEach(() => jest.restoreAllMocks());

describe('NamingSettings', () => {
  it('uses the configured templates until some are saved', async () => {
    const sut = new NamingSettings(config, memoryStore().store);
    expect(await sut.describe()).toMatchObject({ templates: CONFIGURED, source: 'config' });
  });

  it('saves the given templates merged over the ones in effect', async () => {
    const { values, store } = memoryStore();
    const sut = new NamingSettings(config, store);
    expect(await sut.update({ album: ALBUM })).toMatchObject({
      templates: { ...CONFIGURED, album: ALBUM },
      source: 'settings',
    });
    expect(values.get(NAMING_SETTING_KEY)).toEqual({ ...CONFIGURED, album: ALBUM });
    expect(await sut.templates()).toEqual({ ...CONFIGURED, album: ALBUM });
  });

  it('refuses an invalid template with a ValidationError naming it, saving nothing', async () => {
    const { values, store } = memoryStore();
    const sut = new NamingSettings(config, store);
    await expect(sut.update({ single: '{Artist}' })).rejects.toThrow(ValidationError);
    await expect(sut.update({ single: '{Artist}' })).rejects.toMatchObject({ field: 'single' });
    expect(values.size).toBe(0);
  });

  it('falls back to the configured templates when the saved ones are not valid any more', async () => {
    const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const saved = { ...CONFIGURED, album: '{Album Title}/{Old Token} {Track Title}' };
    const sut = new NamingSettings(config, memoryStore({ [NAMING_SETTING_KEY]: saved }).store);
    expect(await sut.describe()).toMatchObject({ templates: CONFIGURED, source: 'config' });
    expect(warned).toHaveBeenCalledTimes(1);
  });

  it('previews given templates without saving them', async () => {
    const { values, store } = memoryStore();
    const sut = new NamingSettings(config, store);
    const preview = await sut.preview({ album: ALBUM });
    expect(preview.templates).toEqual({ ...CONFIGURED, album: ALBUM });
    expect(preview.samples.map((s) => s.kind)).toEqual(['album', 'album', 'single', 'compilation', 'album']);
    expect(preview.samples[0]?.path).toBe('Linkin Park/Meteora/13 Numb.flac');
    expect(values.size).toBe(0);
  });
});
