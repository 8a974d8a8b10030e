import { parseYtDlpInfo } from './parse-ytdlp-info.js';

describe('parseYtDlpInfo', () => {
  it.each<[string, string, object | undefined]>([
    [
      // What yt-dlp 2023.03.04 prints for a plain file link (generic extractor): the file name is the title.
      'a direct file link',
      'TT_INFO {"title": "Paper Lanterns (Official Audio)", "webpage_url": "http://127.0.0.1:18931/Paper%20Lanterns%20(Official%20Audio).mp3", "extractor_key": "Generic"}',
      {
        title: 'Paper Lanterns (Official Audio)',
        webpageUrl: 'http://127.0.0.1:18931/Paper%20Lanterns%20(Official%20Audio).mp3',
        extractor: 'Generic',
      },
    ],
    [
      'a music site that knows the track',
      'TT_INFO {"track": "Numb", "artist": "Linkin Park", "album": "Meteora", "release_year": 2003, "title": "Numb", "uploader": "Linkin Park - Topic", "channel": "Linkin Park - Topic", "duration": 187, "extractor_key": "Youtube"}',
      {
        track: 'Numb',
        artist: 'Linkin Park',
        album: 'Meteora',
        releaseYear: 2003,
        title: 'Numb',
        uploader: 'Linkin Park - Topic',
        channel: 'Linkin Park - Topic',
        durationSec: 187,
        extractor: 'Youtube',
      },
    ],
    ['blank and wrongly typed fields are dropped', 'TT_INFO {"title": "  ", "duration": "187", "artist": 5}', {}],
  ])('%s', (_name, line, expected) => {
    expect(parseYtDlpInfo(line)).toEqual(expected);
  });

  it.each(['/tmp/job/Paper Lanterns.mp3', 'TT_INFO not json', 'TT_INFO [1,2]', 'TT_INFO null', 'TT_INFOx {}'])(
    'ignores %s',
    (line) => {
      expect(parseYtDlpInfo(line)).toBeUndefined();
    },
  );
});
