import { ValidationError } from '@app/core';
import { maskApiKey, readIndexerInput } from './indexer-input.js';

const valid = {
  name: 'Jackett',
  url: 'http://jackett:9117/api/v2.0/indexers/all/results/torznab/',
  apiKey: 'abcdef0123456789',
};

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.field;
    throw error;
  }
  return undefined;
}

describe('indexer settings from a request', () => {
  it('fills in the defaults', () => {
    expect(readIndexerInput(valid)).toEqual({ ...valid, categories: [3000], priority: 25, enabled: true });
  });

  it.each([
    [{ ...valid, name: '' }, 'name'],
    [{ ...valid, url: 'jackett:9117' }, 'url'],
    [{ ...valid, url: 'ftp://jackett/api' }, 'url'],
    [{ ...valid, url: 'http://user:pw@jackett/api' }, 'url'],
    [{ ...valid, apiKey: undefined }, 'apiKey'],
    [{ ...valid, categories: [3000, 'x'] }, 'categories'],
    [{ ...valid, categories: '3000' }, 'categories'],
    [{ ...valid, priority: 0 }, 'priority'],
    [{ ...valid, priority: 2.5 }, 'priority'],
    [{ ...valid, enabled: 'yes' }, 'enabled'],
    [{ ...valid, seedRatio: 2 }, 'seedRatio'],
    [[valid], 'body'],
  ])('names the field of %j', (body, field) => {
    expect(fieldOf(() => readIndexerInput(body))).toBe(field);
  });

  it('keeps the stored key when the masked one comes back for the same URL', () => {
    const stored = { url: valid.url, apiKey: 'abcdef0123456789' };
    expect(readIndexerInput({ ...valid, apiKey: maskApiKey(stored.apiKey) }, stored).apiKey).toBe('abcdef0123456789');
  });

  it('does not send the stored key to a changed URL', () => {
    const stored = { url: valid.url, apiKey: 'abcdef0123456789' };
    const changed = { ...valid, url: 'http://elsewhere:9117/', apiKey: maskApiKey(stored.apiKey) };
    expect(fieldOf(() => readIndexerInput(changed, stored))).toBe('apiKey');
  });

  it('masks keys, showing the last four characters only of long ones', () => {
    expect(maskApiKey('abcdef0123456789')).toBe('********6789');
    expect(maskApiKey('short')).toBe('********');
  });
});
