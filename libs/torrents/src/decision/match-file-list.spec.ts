import { matchFileList } from './match-file-list.js';

const MB = 1024 * 1024;
const tracks = [
  { position: 1, title: 'In the Mood', lengthMs: 210_000 },
  { position: 2, title: 'Moonlight Serenade', lengthMs: 200_000 },
  { position: 10, title: 'Chattanooga Choo Choo', lengthMs: 190_000 },
];

describe('matching a torrent file list to the release tracks', () => {
  it('pairs audio files with tracks in natural order, ignoring artwork and logs', () => {
    const match = matchFileList(
      [
        { path: 'Glenn Miller/10 - Chattanooga Choo Choo.flac', sizeBytes: 20 * MB },
        { path: 'Glenn Miller/02 - Moonlight Serenade.flac', sizeBytes: 21 * MB },
        { path: 'Glenn Miller/01 - In the Mood.flac', sizeBytes: 22 * MB },
        { path: 'Glenn Miller/cover.jpg', sizeBytes: MB },
        { path: 'Glenn Miller/rip.log', sizeBytes: 1000 },
      ],
      tracks,
      'FLAC',
    );
    expect(match.verdict).toBe('match');
    expect(match.pairs.map((p) => [p.track.position, p.file.path])).toEqual([
      [1, 'Glenn Miller/01 - In the Mood.flac'],
      [2, 'Glenn Miller/02 - Moonlight Serenade.flac'],
      [10, 'Glenn Miller/10 - Chattanooga Choo Choo.flac'],
    ]);
  });

  it('rejects a different track count with the Lidarr-style sentence', () => {
    const match = matchFileList([{ path: 'a/01 - In the Mood.flac', sizeBytes: 22 * MB }], tracks, 'FLAC');
    expect(match).toMatchObject({ verdict: 'mismatch', reasons: ['Album has 3 tracks, the release has 1'] });
  });

  it('is unsure when the file names do not look like the tracks', () => {
    const match = matchFileList(
      ['01 - In the Mood', '02 - String of Pearls', '03 - Chattanooga Choo Choo'].map((name) => ({
        path: `${name}.flac`,
        sizeBytes: 22 * MB,
      })),
      tracks,
      'FLAC',
    );
    expect(match).toMatchObject({
      verdict: 'unsure',
      reasons: ['Track 2 "Moonlight Serenade" does not look like 02 - String of Pearls.flac'],
    });
  });

  it('rejects files too small for the track length (a transcode or a fake)', () => {
    const match = matchFileList(
      ['01 - In the Mood', '02 - Moonlight Serenade', '03 - Chattanooga Choo Choo'].map((name, i) => ({
        path: `${name}.flac`,
        sizeBytes: i === 0 ? 2 * MB : 22 * MB,
      })),
      tracks,
      'FLAC',
    );
    expect(match).toMatchObject({ verdict: 'mismatch', reasons: ['Track 1 is 2 MB, too small for 3:30 of FLAC'] });
  });

  it('refuses a single image with a cue sheet', () => {
    const match = matchFileList(
      [
        { path: 'album.flac', sizeBytes: 60 * MB },
        { path: 'album.cue', sizeBytes: 1000 },
      ],
      tracks,
      'FLAC',
    );
    expect(match.verdict).toBe('mismatch');
    expect(match.reasons[0]).toMatch(/cue sheet/);
  });
});
