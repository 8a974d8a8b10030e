import { toJspf, toM3u8, toRequestListText } from './playlist-exports.js';
import { parseRequestList } from '../lists/index.js';

const tracks = [
  { artist: 'Sigur Rós', title: 'Hoppípolla', durationMs: 268_000, location: '/music/Sigur Rós/Takk/03.flac' },
  { artist: 'Beyoncé', title: 'CUFF IT\r\n(Wetter Remix)', durationMs: null, album: 'RENAISSANCE' },
];

describe('playlist exports', () => {
  it('writes an extended M3U with lengths, one-line titles and locations', () => {
    expect(toM3u8('Week 49', tracks)).toBe(
      [
        '#EXTM3U',
        '#PLAYLIST:Week 49',
        '#EXTINF:268,Sigur Rós - Hoppípolla',
        '/music/Sigur Rós/Takk/03.flac',
        '#EXTINF:-1,Beyoncé - CUFF IT (Wetter Remix)',
        'Beyoncé - CUFF IT (Wetter Remix)',
        '',
      ].join('\n'),
    );
  });

  it('writes JSPF as ListenBrainz imports it', () => {
    expect(toJspf('Week 49', tracks, 'TrueTrack')).toEqual({
      playlist: {
        title: 'Week 49',
        creator: 'TrueTrack',
        track: [
          { title: 'Hoppípolla', creator: 'Sigur Rós', duration: 268_000, location: ['/music/Sigur Rós/Takk/03.flac'] },
          { title: 'CUFF IT\r\n(Wetter Remix)', creator: 'Beyoncé', album: 'RENAISSANCE' },
        ],
      },
    });
  });

  it('writes request lines that the list import reads back as one request per track', () => {
    const text = toRequestListText(tracks);
    expect(parseRequestList(text).entries.map((e) => e.query)).toEqual([
      'Sigur Rós - Hoppípolla',
      'Beyoncé - CUFF IT (Wetter Remix)',
    ]);
  });

  it('writes an M3U8 the list import reads back too', () => {
    expect(parseRequestList(toM3u8('x', tracks), 'x.m3u8').entries.map((e) => e.query)).toEqual([
      'Sigur Rós - Hoppípolla',
      'Beyoncé - CUFF IT (Wetter Remix)',
    ]);
  });
});
