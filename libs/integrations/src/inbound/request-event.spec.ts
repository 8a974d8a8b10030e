import { requestQuery } from './request-event.js';

describe('requestQuery', () => {
  it.each<[string, unknown, string]>([
    ['a query', { query: 'numb linkin park' }, 'numb linkin park'],
    ['a URL', { url: 'https://www.youtube.com/watch?v=kXYiU_JCYtU' }, 'https://www.youtube.com/watch?v=kXYiU_JCYtU'],
    [
      'an artist and a title',
      { artist: 'Rick Astley', title: 'Never Gonna Give You Up' },
      'Rick Astley - Never Gonna Give You Up',
    ],
    ['a title alone', { title: 'Teardrop' }, 'Teardrop'],
    ['a query over the rest', { query: 'q', url: 'https://x.example/', artist: 'a', title: 't' }, 'q'],
  ])('asks for %s', (_name, body, query) => {
    expect(requestQuery(body)).toBe(query);
  });

  it.each<[string, unknown, string]>([
    ['nothing usable', {}, 'query, url, or artist and title must be given'],
    ['an artist without a title', { artist: 'Rick Astley' }, 'title must be given with artist'],
    ['a number as query', { query: 42 }, 'query must be a string'],
    ['a blank query', { query: '   ' }, 'query, url, or artist and title must be given'],
    ['a query too long', { query: 'x'.repeat(2001) }, 'query must be at most 2000 characters'],
    ['an array body', [], 'body must be a JSON object'],
  ])('refuses %s', (_name, body, message) => {
    expect(() => requestQuery(body)).toThrow(message);
  });
});
