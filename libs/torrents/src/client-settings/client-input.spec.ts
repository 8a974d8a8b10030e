import { ValidationError } from '@app/core';
import { maskPassword, readClientInput } from './client-input.js';

const valid = { kind: 'qbittorrent', url: 'http://qbittorrent:8080', username: 'admin', password: 's3cret' };

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.field;
    throw error;
  }
  return undefined;
}

describe('download-client settings from a request', () => {
  it('fills in the defaults: the truetrack category, no seeding limit, enabled', () => {
    expect(readClientInput(valid)).toEqual({ ...valid, category: 'truetrack', enabled: true });
  });

  it('keeps the seeding limits and a Transmission without credentials', () => {
    const body = { kind: 'transmission', url: 'http://t:9091/transmission/rpc', seedRatio: 1.5, seedMinutes: 0 };
    expect(readClientInput(body)).toEqual({
      ...body,
      username: '',
      password: '',
      category: 'truetrack',
      enabled: true,
    });
  });

  it.each([
    [{ ...valid, kind: 'deluge' }, 'kind'],
    [{ ...valid, kind: undefined }, 'kind'],
    [{ ...valid, url: '' }, 'url'],
    [{ ...valid, url: 'qbittorrent:8080' }, 'url'],
    [{ ...valid, url: 'file:///etc/passwd' }, 'url'],
    [{ ...valid, url: 'http://admin:pw@qbittorrent:8080' }, 'url'],
    [{ ...valid, username: 7 }, 'username'],
    [{ ...valid, category: 'music/lossless' }, 'category'],
    [{ ...valid, seedRatio: -1 }, 'seedRatio'],
    [{ ...valid, seedRatio: '2' }, 'seedRatio'],
    [{ ...valid, seedMinutes: 1.5 }, 'seedMinutes'],
    [{ ...valid, enabled: 'yes' }, 'enabled'],
    [{ ...valid, ratio: 2 }, 'ratio'],
    [[valid], 'body'],
  ])('names the field of %j', (body, field) => {
    expect(fieldOf(() => readClientInput(body))).toBe(field);
  });

  it('keeps the stored password when the mask comes back for the same URL', () => {
    const stored = { url: valid.url, password: 's3cret' };
    expect(readClientInput({ ...valid, password: maskPassword('s3cret') }, stored).password).toBe('s3cret');
  });

  it('does not send the stored password to a changed URL', () => {
    const stored = { url: valid.url, password: 's3cret' };
    const changed = { ...valid, url: 'http://elsewhere:8080', password: maskPassword('s3cret') };
    expect(fieldOf(() => readClientInput(changed, stored))).toBe('password');
  });

  it('shows the mask only when a password is stored', () => {
    expect(maskPassword('s3cret')).toBe('********');
    expect(maskPassword('')).toBe('');
  });
});
