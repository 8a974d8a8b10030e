import { parseYtDlpPlaylist } from './parse-ytdlp-playlist.js';

// Trimmed from what yt-dlp 2023.03.04 printed for links on a loopback server (`--flat-playlist -J`).
const DIRECT_FILE = {
  id: 'Nova Tide - Paper Lanterns',
  title: 'Nova Tide - Paper Lanterns',
  direct: true,
  webpage_url: 'http://127.0.0.1:18931/Nova%20Tide%20-%20Paper%20Lanterns.m4a',
  extractor: 'generic',
  _type: 'video',
};
const XSPF = {
  id: 'list',
  _type: 'playlist',
  entries: [
    {
      id: 'list',
      title: 'Paper Lanterns',
      duration: 4.0,
      url: 'http://127.0.0.1:18931/Nova%20Tide%20-%20Paper%20Lanterns.m4a',
      webpage_url: 'http://127.0.0.1:18931/list.xspf',
    },
    { id: 'list', title: 'Other', url: 'http://127.0.0.1:18931/Paper%20Lanterns%20(Official%20Audio).mp3' },
  ],
};
// The shape of a flat YouTube playlist entry (`_type: url`), with one deleted video that has no link left.
const YOUTUBE = {
  _type: 'playlist',
  title: 'Meteora',
  entries: [
    {
      _type: 'url',
      ie_key: 'Youtube',
      id: 'kXYiU_JCYtU',
      url: 'https://www.youtube.com/watch?v=kXYiU_JCYtU',
      title: 'Numb (Official Music Video) [4K UPGRADE] – Linkin Park',
      duration: 187,
      channel: 'Linkin Park',
    },
    { _type: 'url', ie_key: 'Youtube', id: 'xxxxxxxxxxx', url: 'xxxxxxxxxxx', title: '[Deleted video]' },
  ],
};

describe('parseYtDlpPlaylist', () => {
  it('reads a single file as one recording', () => {
    expect(parseYtDlpPlaylist(JSON.stringify(DIRECT_FILE))).toEqual({ kind: 'single' });
  });

  it('lists the media links of an XSPF playlist', () => {
    expect(parseYtDlpPlaylist(JSON.stringify(XSPF))).toEqual({
      kind: 'playlist',
      entries: [
        { url: XSPF.entries[0]!.url, title: 'Paper Lanterns', durationSec: 4 },
        { url: XSPF.entries[1]!.url, title: 'Other' },
      ],
      skipped: 0,
    });
  });

  it('lists the watch links of a flat YouTube playlist and counts the ones without a link', () => {
    expect(parseYtDlpPlaylist(JSON.stringify(YOUTUBE))).toEqual({
      kind: 'playlist',
      title: 'Meteora',
      entries: [
        {
          url: 'https://www.youtube.com/watch?v=kXYiU_JCYtU',
          title: 'Numb (Official Music Video) [4K UPGRADE] – Linkin Park',
          artist: 'Linkin Park',
          durationSec: 187,
        },
      ],
      skipped: 1,
    });
  });
});
