import type { TrackMetadata } from '@app/contracts';
import { fileNameOf, linkClues } from './link-clues.js';

const FILE = 'http://127.0.0.1:8080/files/Nova%20Tide%20-%20Paper%20Lanterns.m4a';
const tags = (metadata: Partial<TrackMetadata>): TrackMetadata => ({
  title: '',
  artists: [],
  musicbrainz: {},
  source: 'tags',
  ...metadata,
});

describe('linkClues', () => {
  it('reads a plain file link by its name, as yt-dlp gives it no more', () => {
    const info = { title: 'Nova Tide - Paper Lanterns', extractor: 'Generic' };
    expect(linkClues({ sourceUrl: FILE, info })).toEqual([
      { title: 'Paper Lanterns', artists: ['Nova Tide'], from: 'the file name' },
    ]);
  });

  it('puts the tags first, ids included, and keeps the file name as a weaker reading', () => {
    const metadata = tags({
      title: 'Teardrop Atlas',
      artists: ['Ivo Lark'],
      album: 'Cartography',
      isrc: 'QZTEA2400001',
      musicbrainz: { recordingId: '0f5c8b2e-0000-5000-8000-000000000001' },
    });
    expect(linkClues({ sourceUrl: FILE, tags: metadata })).toEqual([
      {
        title: 'Teardrop Atlas',
        artists: ['Ivo Lark'],
        album: 'Cartography',
        isrc: 'QZTEA2400001',
        mbid: '0f5c8b2e-0000-5000-8000-000000000001',
        from: "the file's tags",
      },
      { title: 'Paper Lanterns', artists: ['Nova Tide'], from: 'the file name' },
    ]);
  });

  it("reads a music site's track and artist, then its page title with the uploader", () => {
    const info = {
      track: 'Numb',
      artist: 'Linkin Park',
      album: 'Meteora',
      title: 'Numb (Official Music Video)',
      channel: 'Linkin Park - Topic',
      extractor: 'Youtube',
    };
    const clues = linkClues({ sourceUrl: 'https://www.youtube.com/watch?v=kXYiU_JCYtU', info });
    expect(clues).toEqual([
      { title: 'Numb', artists: ['Linkin Park'], album: 'Meteora', from: "the site's track and artist (yt-dlp)" },
    ]);
  });

  it('takes the uploader as the artist when the page title names none', () => {
    const info = { title: 'Never Be Like You (feat. Kai)', uploader: 'Flume', extractor: 'Soundcloud' };
    const [clue] = linkClues({ sourceUrl: 'https://soundcloud.com/flumemusic/never-be-like-you', info });
    expect(clue).toMatchObject({ artists: ['Flume'], from: 'the page title and uploader' });
  });

  it('has nothing to say about a file named by numbers only, without tags', () => {
    expect(linkClues({ sourceUrl: 'http://127.0.0.1:8080/files/0001.mp3', tags: tags({}) })).toEqual([]);
  });
});

describe('fileNameOf', () => {
  it.each([
    [FILE, 'Nova Tide - Paper Lanterns'],
    ['https://archive.org/download/x/01%20Intro.flac?download=1', '01 Intro'],
    ['https://example.org/', undefined],
    ['https://www.youtube.com/watch?v=kXYiU_JCYtU', undefined],
    ['https://example.org/music/index.html', undefined],
    ['not a link', undefined],
  ])('%s → %s', (link, name) => {
    expect(fileNameOf(link)).toBe(name);
  });
});
