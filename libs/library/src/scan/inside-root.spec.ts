import { join } from 'node:path';
import { isInsideRoot, toIndexPath } from './inside-root.js';

const ROOT = join('/', 'srv', 'music');

describe('isInsideRoot', () => {
  it.each([
    [ROOT],
    [join(ROOT, 'Artist')],
    [join(ROOT, 'Artist', 'Album', '01 Song.flac')],
    [join(ROOT, '..music', 'x.mp3')],
    [join(ROOT, '...', 'x.mp3')],
  ])('accepts %s', (candidate) => {
    expect(isInsideRoot(ROOT, candidate)).toBe(true);
  });

  it.each([
    [join('/', 'srv')],
    [join('/', 'srv', 'music2')],
    [join('/', 'srv', 'music-other', 'x.mp3')],
    [join('/', 'etc', 'passwd')],
    [join(ROOT, '..', 'elsewhere')],
  ])('refuses %s', (candidate) => {
    expect(isInsideRoot(ROOT, candidate)).toBe(false);
  });
});

describe('toIndexPath', () => {
  it('is relative to the root with / separators, and empty for the root itself', () => {
    expect(toIndexPath(ROOT, join(ROOT, 'Artist', 'Album', '01.mp3'))).toBe('Artist/Album/01.mp3');
    expect(toIndexPath(ROOT, ROOT)).toBe('');
  });
});
