import { fromServerPath, toServerPath } from './library-path.js';

describe('library paths as a media server sees them', () => {
  it.each<[string, string | undefined, string]>([
    ['/srv/library/Rick Astley/Album (1987)', '/music', '/music/Rick Astley/Album (1987)'],
    ['/srv/library', '/music/', '/music'],
    ['/srv/library/A', undefined, '/srv/library/A'],
    ['/elsewhere/A', '/music', '/elsewhere/A'],
    ['/srv/library-other/A', '/music', '/srv/library-other/A'],
  ])('%s with libraryPath %s → %s', (path, serverRoot, expected) => {
    expect(toServerPath(path, '/srv/library', serverRoot)).toBe(expected);
  });

  it.each<[string, string | undefined, string]>([
    ['/music/Rick Astley/01 - Never.flac', '/music', '/srv/library/Rick Astley/01 - Never.flac'],
    ['/musicbox/x.flac', '/music', '/musicbox/x.flac'],
    ['/music/x.flac', undefined, '/music/x.flac'],
  ])('back: %s with libraryPath %s → %s', (path, serverRoot, expected) => {
    expect(fromServerPath(path, '/srv/library', serverRoot)).toBe(expected);
  });
});
