import type { ReadResult } from '@app/tagger';
import { recordingFromFile } from './recording-from-file.js';

function readResult(metadata: Partial<ReadResult['tags']['metadata']> = {}): ReadResult {
  return {
    tags: { metadata: { title: '', artists: [], musicbrainz: {}, source: 'tags', ...metadata } },
    audio: { format: 'mp3', durationMs: 187_000, lossless: false },
  };
}

describe('recordingFromFile', () => {
  it('trusts tags that name a title and an artist, keeping their MusicBrainz ids', () => {
    const identity = recordingFromFile(
      '/in/x.mp3',
      readResult({
        title: 'Numb',
        artists: ['Linkin Park'],
        album: 'Meteora',
        isrc: 'USWB10300474',
        musicbrainz: { recordingId: '9f4ec3f4-0a4f-4a0d-a2ea-3f1c1e5b8b6b' },
      }),
    );
    expect(identity.basis).toBe('musicbrainz-tags');
    expect(identity.recording).toMatchObject({
      title: 'Numb',
      artists: ['Linkin Park'],
      album: 'Meteora',
      mbid: '9f4ec3f4-0a4f-4a0d-a2ea-3f1c1e5b8b6b',
      isrcs: ['USWB10300474'],
      durationMs: 187_000,
    });
  });

  it('reads "Artist - Title" from the file name when the tags are empty', () => {
    const identity = recordingFromFile('/in/Downloads/Linkin Park - Numb (Official Video).mp3', readResult());
    expect(identity.basis).toBe('file-name');
    expect(identity.recording.artists).toEqual(['Linkin Park']);
    expect(identity.recording.title).toBe('Numb');
  });

  it('takes artist and album from the folders of an Artist/Album/NN Title layout', () => {
    const identity = recordingFromFile('/music/Portishead/Dummy/03 Sour Times.flac', readResult());
    expect(identity.recording).toMatchObject({ title: 'Sour Times', artists: ['Portishead'], album: 'Dummy' });
    expect(identity.notes.join(' ')).toContain('folder name');
  });

  it('keeps a tagged title even when the artist must come from the file name', () => {
    const identity = recordingFromFile('/in/Massive Attack - x.mp3', readResult({ title: 'Teardrop' }));
    expect(identity.recording.title).toBe('Teardrop');
    expect(identity.recording.artists).toEqual(['Massive Attack']);
  });
});
