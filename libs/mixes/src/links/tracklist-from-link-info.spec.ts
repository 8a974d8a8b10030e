import { tracklistFromLinkInfo } from './tracklist-from-link-info.js';

describe('tracklistFromLinkInfo', () => {
  it('reads the tracklist of a description, leaving the rest of the text out', () => {
    const sut = tracklistFromLinkInfo({
      description: [
        'Recorded live at the Loopback Club.',
        'Follow me: https://example.test/dj',
        '',
        'Tracklist:',
        '0:00 Glenn Miller - In The Mood',
        '3:31 Benny Goodman - Sing, Sing, Sing',
        '1:02:07 Duke Ellington - Take The A Train',
      ].join('\n'),
    });
    expect(sut?.entries.map((e) => [e.position, e.start, e.artist, e.title])).toEqual([
      [1, 0, 'Glenn Miller', 'In The Mood'],
      [2, 211, 'Benny Goodman', 'Sing, Sing, Sing'],
      [3, 3727, 'Duke Ellington', 'Take The A Train'],
    ]);
  });

  it('prefers the chapters yt-dlp lists over the description', () => {
    const sut = tracklistFromLinkInfo({
      description: '0:00 A - B\n1:00 C - D',
      chapters: [
        { start_time: 0, end_time: 60.5, title: 'Artist One - Title One' },
        { start_time: 60.5, end_time: 120, title: 'ID - ID' },
        { start_time: 'x', title: 'broken' },
      ],
    });
    expect(sut?.entries.map((e) => [e.start, e.artist, e.title, e.unidentified])).toEqual([
      [0, 'Artist One', 'Title One', false],
      [61, 'ID', 'ID', true],
    ]);
  });

  it.each([
    ['no description', {}],
    ['a description without a list', { description: 'Best mix ever\nrecorded 2024-01-01 at 21:00' }],
    ['one chapter only', { chapters: [{ start_time: 0, title: 'Intro' }] }],
    ['hostile types', { description: 42, chapters: 'nope' }],
  ])('finds nothing in %s', (_name, info) => {
    expect(tracklistFromLinkInfo(info)).toBeUndefined();
  });
});
