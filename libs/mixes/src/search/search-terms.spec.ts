import { fts5Query, searchTerms, tsQuery } from './search-terms.js';

describe('searchTerms', () => {
  it.each([
    ['Duke Ellington', ['duke', 'ellington'], '"duke"* AND "ellington"*', 'duke:* & ellington:*'],
    [
      '"a" OR title:x* -(NEAR',
      ['a', 'or', 'title', 'x', 'near'],
      '"a"* AND "or"* AND "title"* AND "x"* AND "near"*',
      'a:* & or:* & title:* & x:* & near:*',
    ],
    [
      "Trus'me & Ångström",
      ['trus', 'me', 'ångström'],
      '"trus"* AND "me"* AND "ångström"*',
      'trus:* & me:* & ångström:*',
    ],
    ['  ;;  ', [], '', ''],
  ])('%s', (query, terms, fts, ts) => {
    expect(searchTerms(query)).toEqual(terms);
    expect(fts5Query(searchTerms(query))).toBe(fts);
    expect(tsQuery(searchTerms(query))).toBe(ts);
  });
});
