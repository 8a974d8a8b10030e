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
    [
      // What yt-dlp 2023.03.04 prints for a page with a schema.org AudioObject (JSON-LD) and clips as chapters.
      'a mix page with its description and chapters',
      'TT_INFO {"title": "Night Drive", "description": "Tracklist:\\n00:00 A - B\\n03:10 C - D", "chapters": [{"start_time": 0.0, "end_time": 190.0, "title": "A - B"}, {"start_time": 190.0, "end_time": 400.0, "title": "C - D"}, {"start_time": "x", "title": "broken"}], "extractor_key": "Generic"}',
      {
        title: 'Night Drive',
        description: 'Tracklist:\n00:00 A - B\n03:10 C - D',
        chapters: [
          { startSec: 0, endSec: 190, title: 'A - B' },
          { startSec: 190, endSec: 400, title: 'C - D' },
        ],
        extractor: 'Generic',
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
