import { createHash } from 'node:crypto';
import { lastfmSignature } from './lastfm-signature.js';

const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');

describe('lastfmSignature', () => {
  it('is the MD5 of the parameters ordered by name, then the secret (the auth spec example)', () => {
    const params = { token: 'yyyyyy', method: 'auth.getSession', api_key: 'xxxxxxxx' };
    expect(lastfmSignature(params, 'ilovecher')).toBe(md5('api_keyxxxxxxxxmethodauth.getSessiontokenyyyyyyilovecher'));
  });

  it('leaves format and callback out', () => {
    const signed = lastfmSignature({ method: 'track.scrobble', api_key: 'k' }, 's');
    expect(lastfmSignature({ method: 'track.scrobble', api_key: 'k', format: 'json', callback: 'cb' }, 's')).toBe(
      signed,
    );
  });

  it('orders indexed batch parameters by their full name and signs UTF-8', () => {
    const params = { 'track[1]': 'Jóga', 'artist[0]': 'Björk', 'track[0]': 'Hunter', 'artist[1]': 'Björk' };
    expect(lastfmSignature(params, 'sécret')).toBe(md5('artist[0]Björkartist[1]Björktrack[0]Huntertrack[1]Jógasécret'));
  });

  it('changes with the secret and with any value', () => {
    const params = { method: 'track.scrobble', sk: 'session' };
    expect(lastfmSignature(params, 'a')).not.toBe(lastfmSignature(params, 'b'));
    expect(lastfmSignature(params, 'a')).not.toBe(lastfmSignature({ ...params, sk: 'other' }, 'a'));
  });
});
