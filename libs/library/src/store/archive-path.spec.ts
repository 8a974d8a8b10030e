import type { TrackMetadata } from '@app/contracts';
import { archivePath } from './archive-path.js';

type Names = Pick<TrackMetadata, 'title' | 'artists' | 'artistCredit'>;

describe('archivePath', () => {
  it.each<[Names, string, string, string]>([
    [{ title: 'Numb', artists: ['Linkin Park'] }, '_unsorted', 'mp3', '_unsorted/Linkin Park - Numb.mp3'],
    [
      { title: 'Get Lucky', artists: ['Daft Punk'], artistCredit: 'Daft Punk feat. Pharrell' },
      'Inbox',
      'm4a',
      'Inbox/Daft Punk feat. Pharrell - Get Lucky.m4a',
    ],
    [{ title: '', artists: [] }, '_unsorted', 'opus', '_unsorted/Unknown Artist - Unknown Title.opus'],
    [{ title: '../../etc/passwd', artists: ['AC/DC'] }, '_unsorted', 'flac', '_unsorted/AC-DC - ..-..-etc-passwd.flac'],
    [{ title: 'Title: Sub?', artists: ['CON'] }, '_unsorted', 'mp3', '_unsorted/CON - Title - Sub.mp3'],
    [{ title: 'Numb', artists: ['Linkin Park'] }, '.hidden', 'mp3', '_hidden/Linkin Park - Numb.mp3'],
  ])('%j in %s → %s', (metadata, folder, extension, expected) => {
    expect(archivePath(metadata, folder, extension)).toBe(expected);
  });
});
