import { acceptSettings, maskSecret, maskSettings } from './integration-settings.js';

const FIELDS = [
  { name: 'url', required: true, url: true },
  { name: 'apiKey', required: true, secret: true },
  { name: 'libraryPath', required: false },
];

describe('integration settings', () => {
  it('masks secrets, keeping the last four characters of long ones only', () => {
    expect(maskSecret('0123456789abcdef')).toBe('********cdef');
    expect(maskSecret('short')).toBe('********');
    expect(maskSettings(FIELDS, { url: 'http://jf:8096', apiKey: '0123456789abcdef' })).toEqual({
      url: 'http://jf:8096',
      apiKey: '********cdef',
    });
  });

  it('keeps the stored secret when the masked one comes back, takes a new one otherwise', () => {
    const stored = { url: 'http://jf:8096', apiKey: '0123456789abcdef' };
    expect(acceptSettings(FIELDS, { url: 'http://jf:8096', apiKey: '********cdef' }, stored).apiKey).toBe(
      '0123456789abcdef',
    );
    expect(acceptSettings(FIELDS, { url: 'http://jf:8096', apiKey: 'new-key' }, stored).apiKey).toBe('new-key');
  });

  it('refuses a masked secret when the URL changed, so the stored secret never follows a new host', () => {
    const stored = { url: 'http://jf:8096', apiKey: '0123456789abcdef' };
    expect(() => acceptSettings(FIELDS, { url: 'http://evil.example:8096', apiKey: '********cdef' }, stored)).toThrow(
      'settings.apiKey must be typed again: settings.url changed',
    );
    expect(acceptSettings(FIELDS, { url: 'http://evil.example:8096', apiKey: 'typed-again' }, stored).apiKey).toBe(
      'typed-again',
    );
    expect(acceptSettings(FIELDS, { url: ' http://jf:8096 ', apiKey: '********cdef' }, stored).apiKey).toBe(
      '0123456789abcdef',
    );
  });

  it('trims values and leaves out empty optional ones', () => {
    expect(acceptSettings(FIELDS, { url: ' http://jf:8096 ', apiKey: 'k', libraryPath: '' })).toEqual({
      url: 'http://jf:8096',
      apiKey: 'k',
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a missing required setting', { url: 'http://jf:8096' }, 'settings.apiKey is required'],
    [
      'a masked secret with nothing stored',
      { url: 'http://jf:8096', apiKey: '********' },
      'settings.apiKey is required',
    ],
    ['a URL that is not http(s)', { url: 'ftp://jf', apiKey: 'k' }, 'settings.url must be an http(s) URL'],
    ['a number', { url: 'http://jf:8096', apiKey: 7 }, 'settings.apiKey must be a string'],
    [
      'an unknown setting',
      { url: 'http://jf:8096', apiKey: 'k', topic: 't' },
      'settings.topic is not a setting of this kind',
    ],
  ])('refuses %s, naming the field', (_name, given, message) => {
    expect(() => acceptSettings(FIELDS, given)).toThrow(message);
  });
});
