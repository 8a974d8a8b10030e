import { albumsToMonitor } from './monitor-albums.js';

const TODAY = '2024-06-01';
const ALBUMS = [
  { foreignAlbumId: 'debut', releaseDate: '2010-03-01', hasFiles: true },
  { foreignAlbumId: 'second', releaseDate: '2015', hasFiles: false },
  { foreignAlbumId: 'latest', releaseDate: '2023-09-15', hasFiles: false },
  { foreignAlbumId: 'announced', releaseDate: '2025-01-10', hasFiles: false },
  { foreignAlbumId: 'undated', releaseDate: null, hasFiles: false },
];

describe('albumsToMonitor', () => {
  it.each([
    ['all', ['debut', 'second', 'latest', 'announced', 'undated']],
    ['future', ['announced', 'undated']],
    ['missing', ['second', 'latest', 'announced', 'undated']],
    ['existing', ['debut']],
    ['latest', ['latest']],
    ['first', ['debut']],
    ['none', []],
    ['unknown', []],
  ] as const)('monitor %s', (option, expected) => {
    expect([...albumsToMonitor(ALBUMS, option, [], TODAY)]).toEqual(expected);
  });

  it('monitors exactly the albums named in albumsToMonitor, whatever the option (as Ombi sends)', () => {
    expect([...albumsToMonitor(ALBUMS, 'existing', ['SECOND', 'elsewhere'], TODAY)]).toEqual(['second']);
  });
});
