import { parseLookupTerm } from './lookup-term.js';

describe('parseLookupTerm', () => {
  it.each([
    ['lidarr:db92a151-1ac2-438b-bc43-b82e149ddd50', { kind: 'id', mbid: 'db92a151-1ac2-438b-bc43-b82e149ddd50' }],
    ['LIDARR: DB92A151-1AC2-438B-BC43-B82E149DDD50', { kind: 'id', mbid: 'db92a151-1ac2-438b-bc43-b82e149ddd50' }],
    ['mbid:db92a151-1ac2-438b-bc43-b82e149ddd50', { kind: 'id', mbid: 'db92a151-1ac2-438b-bc43-b82e149ddd50' }],
    ['db92a151-1ac2-438b-bc43-b82e149ddd50', { kind: 'id', mbid: 'db92a151-1ac2-438b-bc43-b82e149ddd50' }],
    ['Rick Astley', { kind: 'text', text: 'Rick Astley' }],
    ['lidarr:Rick', { kind: 'text', text: 'Rick' }],
  ])('reads %j', (term, expected) => {
    expect(parseLookupTerm(term)).toEqual(expected);
  });
});
